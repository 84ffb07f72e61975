/** English strings of the vpp area (merged into en.ts under `vpp`). */
export const vppEn = {
  placeholder: '',
};
