import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import express from 'express';
import { openQueues, type QueueConnection, type QueueErrorListener } from './openQueues.ts';
import { DEAD_LETTER_QUEUE, type QueueName, STAGE_QUEUES } from './queueNames.ts';

export interface DashboardOptions {
  connection: QueueConnection;
  /** @defaultValue 3000 (0: any free port) */
  port?: number;
  /** Bull Board has no login: keep it on the loopback interface unless a proxy guards it. @defaultValue '127.0.0.1' */
  host?: string;
  onError?: QueueErrorListener;
}

export interface RunningDashboard {
  url: string;
  close(): Promise<void>;
}

/** `skryba dashboard`: Bull Board over the stage queues and the dead-letter queue. */
export async function serveDashboard(options: DashboardOptions): Promise<RunningDashboard> {
  const queues = openQueues(options.connection, options.onError ?? (() => undefined));
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath('/');
  createBullBoard({
    queues: [...STAGE_QUEUES, DEAD_LETTER_QUEUE as QueueName].map(
      (name) => new BullMQAdapter(queues.queue(name)),
    ),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'skryba' } },
  });
  const app = express();
  app.use('/', serverAdapter.getRouter());
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(options.port ?? 3000, host, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await queues.close();
    },
  };
}
