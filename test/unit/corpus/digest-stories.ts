/** Two unrelated agency stories, and a paper's digest printing both whole: a digest is no story's glue (lib/corpus/copies.ts). */
export const TALLINN_BRIDGE = [
  'The Old Harbour bridge in Tallinn will shut for six weeks from Monday so that its deck can be resurfaced, the city transport office said.',
  'Drivers are being sent along the ring road, which is expected to take an extra 14,000 vehicles a day while the work goes on.',
  'The resurfacing will cost 8.2 million euros, paid for out of the national roads budget.',
  'Cyclists and people on foot will still be able to cross on a temporary walkway along the eastern side.',
];
export const HELSINKI_ZOO = [
  'A snow leopard cub was born at the Helsinki zoo last week, the first birth of the species there in eleven years.',
  'Keepers said the cub and its mother were both in good health and would stay in their indoor enclosure until spring.',
  'Visitors will be able to follow the pair on a live camera on the zoo’s website from Friday.',
  'The snow leopard is listed as vulnerable, with fewer than 7,000 thought to be living in the wild.',
];
export const BALTIC_BRIEFS = ['Baltic briefs: the morning’s news in short.', ...TALLINN_BRIDGE, ...HELSINKI_ZOO, 'That is all for this morning’s briefing.'];
