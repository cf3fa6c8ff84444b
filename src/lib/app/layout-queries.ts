// The media queries the layout switches on, in one place so CSS and script agree.
// (CSS cannot read these constants: the same strings appear in the components' @media rules.)

/** phones: one-row header, filters in a sheet, the side panel as a bottom sheet */
export const PHONE_QUERY = '(max-width: 640px)';
/** touch screens without a hovering pointer: hints say "tap", not "click" or "press Tab" */
export const TOUCH_QUERY = '(hover: none) and (pointer: coarse)';
