import type { Role } from "../auth/roles";
import type { PortalUser } from "../auth/user";

/** Parts of the portal that move cases without a person: the sync, notifications, payments. */
export const SYSTEM_CHANNELS = ["sync", "notify", "citizen", "expiry", "payments"] as const;
export type SystemChannel = (typeof SYSTEM_CHANNELS)[number];

/** Who moves a case: a staff member, or a part of the portal acting on its own. */
export type Actor =
  { kind: "staff"; user: PortalUser } | { kind: "system"; channel: SystemChannel };

export const staff = (user: PortalUser): Actor => ({ kind: "staff", user });
export const system = (channel: SystemChannel): Actor => ({ kind: "system", channel });

/** The columns of a case event that say who acted. */
export function eventActor(actor: Actor): {
  actorId: string | null;
  actorRole: Role | null;
  actorSystem: string | null;
} {
  if (actor.kind === "system")
    return { actorId: null, actorRole: null, actorSystem: actor.channel };

  return { actorId: actor.user.id, actorRole: actor.user.role, actorSystem: null };
}
