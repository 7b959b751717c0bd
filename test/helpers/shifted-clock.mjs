// Loaded with `node --import` into a build that must not depend on the wall clock: moves "now"
// (Date.now() and new Date()) forward by CLOCK_OFFSET_MS, leaving explicit dates untouched.
const offset = Number(process.env.CLOCK_OFFSET_MS ?? 0);
const RealDate = Date;

function ShiftedDate(...args) {
  if (!new.target) return new RealDate(RealDate.now() + offset).toString();
  return Reflect.construct(RealDate, args.length === 0 ? [RealDate.now() + offset] : args, new.target);
}
ShiftedDate.prototype = RealDate.prototype;
Object.setPrototypeOf(ShiftedDate, RealDate);
ShiftedDate.now = () => RealDate.now() + offset;
globalThis.Date = ShiftedDate;
