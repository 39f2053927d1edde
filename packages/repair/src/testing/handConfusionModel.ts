import { ConfusionModel } from '../ConfusionModel.ts';

/**
 * A small confusion model written from the English-model confusions measured in
 * DEPENDENCY_NOTES.md, for unit tests of the search and decoder machinery. The product uses the
 * model learned from aligned OCR pairs (`data/confusion.json`).
 */
export function handConfusionModel(): ConfusionModel {
  const rows: [string, [string, number][]][] = [
    [
      'ł',
      [
        ['t', 0.68],
        ['l', 0.3],
        ['i', 0.01],
        ['f', 0.01],
      ],
    ],
    [
      'ą',
      [
        ['a', 0.86],
        ['g', 0.13],
        ['q', 0.01],
      ],
    ],
    [
      'ę',
      [
        ['e', 0.98],
        ['', 0.02],
      ],
    ],
    [
      'ó',
      [
        ['é', 0.66],
        ['o', 0.26],
        ['d', 0.04],
        ['6', 0.04],
      ],
    ],
    [
      'ć',
      [
        ['¢', 0.74],
        ['c', 0.15],
        ['é', 0.06],
        ['', 0.05],
      ],
    ],
    [
      'ś',
      [
        ['s', 0.8],
        ['$', 0.15],
        ['é', 0.05],
      ],
    ],
    ['ż', [['z', 0.99]]],
    ['ź', [['z', 0.99]]],
    [
      'ń',
      [
        ['n', 0.85],
        ['i', 0.05],
        ['ri', 0.05],
        ['nh', 0.05],
      ],
    ],
    [
      't',
      [
        ['t', 0.995],
        ['f', 0.005],
      ],
    ],
    [
      'o',
      [
        ['o', 0.995],
        ['0', 0.005],
      ],
    ],
  ];
  const entries: [string, string, number][] = [];
  for (const [intended, readings] of rows) {
    for (const [observed, p] of readings) entries.push([intended, observed, Math.log(p)]);
  }
  return new ConfusionModel({
    version: 'hand-0',
    trainedOn: 'DEPENDENCY_NOTES.md',
    defaultIdentityLogP: Math.log(0.999),
    entries,
  });
}
