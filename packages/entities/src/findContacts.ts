import type { Contacts } from '@skryba/schema';
import { findEmails } from './findEmails.ts';
import { findPhones } from './findPhones.ts';
import { findUrls } from './findUrls.ts';

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** E-mails, phone numbers and URLs as written, each once, in order of first mention. */
export function findContacts(text: string): Contacts {
  const emails = findEmails(text);
  const urls = findUrls(text).filter((u) => !emails.some((e) => u.start < e.end && e.start < u.end));
  return {
    emails: unique(emails.map((e) => e.text)),
    phones: unique(findPhones(text).map((p) => p.text)),
    urls: unique(urls.map((u) => u.text)),
  };
}
