/**
 * Elo: expected score E_a = 1 / (1 + 10^((R_b - R_a) / 400)); a win scores 1, a draw 0.5, a loss 0.
 * The challenger's change is round(K * (S_a - E_a)); the opponent's is its negation, so rating points
 * are neither created nor destroyed.
 */
export function eloDeltas(
  challengerRating: number,
  opponentRating: number,
  challengerScore: 0 | 0.5 | 1,
  k: number,
): { challenger: number; opponent: number } {
  const expected = 1 / (1 + 10 ** ((opponentRating - challengerRating) / 400));
  const challenger = Math.round(k * (challengerScore - expected));
  return { challenger: challenger + 0, opponent: -challenger + 0 };
}
