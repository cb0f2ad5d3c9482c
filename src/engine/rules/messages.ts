/**
 * Falco's load message texts (falco userspace/engine/rule_loading_messages.h, rule_loader_*.cpp,
 * falco_load_result.cpp). Kept in one place so the wording matches Falco's exactly.
 */
export const ENGINE_VERSION = '0.63.0';

export const WARNING_APPEND =
  "'append' key is deprecated. Add an 'append' entry (e.g. 'condition: append') under 'override' instead.";
export const WARNING_ENABLED =
  "The standalone 'enabled' key usage is deprecated. The correct approach requires also a 'replace' entry under the 'override' key (i.e. 'enabled: replace').";
export const ERROR_OVERRIDE_APPEND =
  "Keys 'override' and 'append: true' cannot be used together. Add an 'append' entry (e.g. 'condition: append') under 'override' instead.";
export const ERROR_NO_PREVIOUS_MACRO =
  "Macro uses 'append' or 'override.condition: append' but no macro by that name already exists";
export const ERROR_NO_PREVIOUS_LIST =
  "List uses 'append' or 'override.items: append' but no list by that name already exists";
export const ERROR_NO_PREVIOUS_RULE_APPEND =
  "Rule uses 'append' or 'override.<key>: append' but no rule by that name already exists";
export const ERROR_NO_PREVIOUS_RULE_REPLACE =
  "An 'override.<key>: replace' to a rule was requested but no rule by that name already exists";

export const RGX_IDENTIFIER = '([a-zA-Z]+[a-zA-Z0-9_]*)';
export const RGX_BARESTR = '([^()"\'[:space:]=,]+)';
export const INVALID_MACRO_NAME = `Macro has an invalid name. Macro names should match a regular expression: ${RGX_IDENTIFIER}`;
export const INVALID_LIST_NAME = `List has an invalid name. List names should match a regular expression: ${RGX_BARESTR}`;

export const CONTAINER_INFO_DEPRECATED =
  '%container.info is deprecated and no more useful, and will be dropped by Falco 1.0.0. The container plugin will automatically add required fields to the output message.';
export const NO_EVTTYPE = 'Rule matches too many evt.type values. This has a significant performance penalty.';

/** falco_load_result.cpp `deprecated_fields` and their descriptions, in enum order. */
export const DEPRECATED_FIELDS: { field: string; desc: string }[] = (() => {
  const latency = 'field is not available due to the drop of enter events.';
  return [
    { field: 'evt.dir', desc: "due to the drop of enter events, 'evt.dir = <' always evaluates to true, and 'evt.dir = >' always evaluates to false. The rule expression can be simplified by removing the condition on 'evt.dir'" },
    { field: 'evt.latency', desc: latency },
    { field: 'evt.latency.s', desc: latency },
    { field: 'evt.latency.ns', desc: latency },
    { field: 'evt.latency.human', desc: latency },
    { field: 'evt.wait_latency', desc: latency },
  ];
})();
