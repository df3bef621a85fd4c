import { alive, type Assignment } from "./benefits";
import type { Family, Person } from "./types";

/** Monthly income a registry can see: wages, declared income, pension, farm income. */
export function registeredIncome(person: Person, day: number): number {
  if (!alive(person, day)) return 0;

  const earning = person.work === "employed" || person.work === "self_employed";

  return (earning ? person.wage : 0) + person.pension + person.farmIncome;
}

/** Monthly income of a household: members' registered income plus running benefits. */
export function householdIncome(
  family: Family,
  household: number,
  day: number,
  benefits: Assignment[],
): number {
  let total = 0;
  for (const person of family.members) {
    if (person.household === household) total += registeredIncome(person, day);
  }
  for (const benefit of benefits) {
    if (benefit.recipient.household === household && benefit.end === null) total += benefit.monthly;
  }
  for (const payment of family.payments) {
    const member = family.members[payment.slot];
    if (member?.household === household && payment.start <= day && payment.end >= day) {
      total += payment.monthly;
    }
  }

  return total;
}
