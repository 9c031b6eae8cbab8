/** Variables whose values are never printed or logged. */
export function isSecretVariable(name: string): boolean {
  return /(TOKEN|SECRET|PASSWORD|API_KEY|INSTALLATION_KEY|INSTALLATION_KEY_PREVIOUS)$/.test(name);
}

/**
 * A URL with its password replaced, for `config check`, logs and error messages: the one place that knows
 * how. The password runs to the last `@` before the host (it may hold a `/`), and the URL need not parse.
 */
export function redactUrl(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@]*@/i, '$1:****@');
}

/** What `config check` may show for a value: secrets as a mask, URLs without passwords. */
export function displayValue(name: string, value: string): string {
  if (isSecretVariable(name)) return '•••••• (hidden)';
  return redactUrl(value);
}
