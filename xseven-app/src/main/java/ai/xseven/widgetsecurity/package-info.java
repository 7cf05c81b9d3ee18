/**
 * Who may embed a business's chat widget and how hard it may be used: the widget key and allowed
 * origins checked on the public conversation API and the WebSocket handshake, CORS for the API,
 * and rate limits per conversation and per client address. See {@code docs/widget-security.md}.
 */
package ai.xseven.widgetsecurity;
