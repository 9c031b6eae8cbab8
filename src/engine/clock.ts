/** The engine's only source of time. Tests pass a fake; production passes systemClock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The engine's only source of randomness: returns a float in [0, 1). Tests pass a seeded one. */
export type Random = () => number;
