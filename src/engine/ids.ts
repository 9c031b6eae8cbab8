/**
 * Platform-qualified ids. The engine treats them as opaque strings; only adapters build or split them.
 *   tenant:  "slack:T123"         "discord:G456"         "local:terminal"
 *   channel: "slack:T123:C789"    "discord:G456:C789"    "local:terminal:main"
 *   player:  "slack:T123:U42"     "discord:G456:U42"     "local:terminal:alice"
 */
export type TenantId = string;
export type ChannelId = string;
export type PlayerId = string;
export type RoundId = string;
export type DuelId = string;
export type QuestionId = string;
