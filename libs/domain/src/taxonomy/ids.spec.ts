import { BARRIER_IDS, LIFE_AREA_IDS, STRATEGY_IDS } from './ids';

describe('taxonomy ids', () => {
  it('has the 17 barriers of the product brief, each once', () => {
    expect(BARRIER_IDS).toHaveLength(17);
    expect(new Set(BARRIER_IDS).size).toBe(17);
  });
  it('has 7 life areas and 6 change strategies', () => {
    expect(LIFE_AREA_IDS).toHaveLength(7);
    expect(STRATEGY_IDS).toHaveLength(6);
  });
});
