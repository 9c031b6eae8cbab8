import type { EngineSettings } from './engine-settings.ts';
import type { RoundKind } from './records.ts';

/**
 * Points for one answer. Correct: `pointsCorrect`; daily rounds add a speed bonus that falls linearly
 * from `speedBonusMax` at the moment the round opened to 0 at `speedBonusWindowMs`, rounded to an integer.
 * Wrong and self-graded answers score 0.
 */
export function pointsFor(
  settings: EngineSettings,
  kind: RoundKind,
  correct: boolean,
  latencyMs: number,
  selfGraded: boolean,
): number {
  if (!correct || selfGraded) return 0;
  if (kind !== 'daily') return settings.pointsCorrect;
  return settings.pointsCorrect + speedBonus(settings, latencyMs);
}

function speedBonus(settings: EngineSettings, latencyMs: number): number {
  if (settings.speedBonusWindowMs <= 0) return 0;
  const left = 1 - Math.max(0, latencyMs) / settings.speedBonusWindowMs;
  return Math.round(settings.speedBonusMax * Math.max(0, left));
}
