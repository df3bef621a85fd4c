import { toDay } from "./calendar";
import { buildIin, MAX_IIN_RANK, type Sex } from "./iin";

/** Families per IIN block: serials are handed out in family order within a block. */
export const IIN_BLOCK_FAMILIES = 50_000;

const FIRST_DAY = toDay(1890, 1, 1);
const LAST_DAY = toDay(2060, 1, 1);

/**
 * Hands out unique IINs without any state shared between blocks: each block of families owns a
 * fixed slice of the serial ranks of every (birth date, sex), and inside a block ranks follow the
 * order in which families and their members are generated. That order is the same for every
 * snapshot date (births after the epoch only ever append), so a person keeps their IIN.
 */
export class IinAllocator {
  private readonly counts = new Uint16Array((LAST_DAY - FIRST_DAY) * 2);
  private readonly rankOffset: number;
  private readonly capacity: number;

  constructor(block: number, blockCount: number) {
    this.capacity = Math.floor((MAX_IIN_RANK + 1) / blockCount);
    this.rankOffset = block * this.capacity;
    if (this.capacity < 8) throw new Error("too many families for the IIN serial space");
  }

  /**
   * The IIN of the next person born on `birthDay` with `sex`, and the birth day actually used:
   * when this block's slice of a date is full (practically never) the person is born a day later.
   */
  allocate(birthDay: number, sex: Sex): { iin: string; birthDay: number } {
    let day = birthDay;
    for (;;) {
      const index = (day - FIRST_DAY) * 2 + sex;
      const used = this.counts[index] ?? 0;
      if (used < this.capacity) {
        this.counts[index] = used + 1;
        return { iin: buildIin(day, sex, this.rankOffset + used), birthDay: day };
      }
      day += 1;
    }
  }
}
