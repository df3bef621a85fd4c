import { describe, expect, it } from "vitest";
import { openIdentity, sealIdentity, VaultError } from "./vault";
import { parseVaultKeys } from "./vault-keys";

const OLD = `v1:${"a".repeat(40)}`;
const NEW = `v2:${"b".repeat(40)}`;
const SUBJECT = "0123456789abcdef0123456789abcdef";
const PERSON = { name: "Aigerim Sadykova", iin: "900101300017", phone: "+77011234567" };

describe("the identity vault", () => {
  it("seals an identity so that only its ciphertext is kept, and opens it again", () => {
    const keys = parseVaultKeys(OLD);
    const sealed = sealIdentity(keys, SUBJECT, PERSON);

    expect(sealed.keyVersion).toBe(1);
    expect(Buffer.from(sealed.ciphertext).toString("latin1")).not.toContain("900101300017");
    expect(openIdentity(keys, SUBJECT, sealed)).toEqual(PERSON);
  });

  it("refuses a changed ciphertext, a changed tag and a record moved to another subject", () => {
    const keys = parseVaultKeys(OLD);
    const sealed = sealIdentity(keys, SUBJECT, PERSON);
    const flipped = Uint8Array.from(sealed.ciphertext);
    flipped[0] = flipped[0]! ^ 1;
    const tag = Uint8Array.from(sealed.authTag);
    tag[3] = tag[3]! ^ 0x80;

    expect(() => openIdentity(keys, SUBJECT, { ...sealed, ciphertext: flipped })).toThrow(
      VaultError,
    );
    expect(() => openIdentity(keys, SUBJECT, { ...sealed, authTag: tag })).toThrow(VaultError);
    expect(() => openIdentity(keys, "f".repeat(32), sealed)).toThrow(/does not open/);
  });

  it("seals with the newest key after rotation and still opens what the old key sealed", () => {
    const before = sealIdentity(parseVaultKeys(OLD), SUBJECT, PERSON);
    const rotated = parseVaultKeys(`${NEW},${OLD}`);
    const after = sealIdentity(rotated, SUBJECT, PERSON);

    expect(after.keyVersion).toBe(2);
    expect(openIdentity(rotated, SUBJECT, before)).toEqual(PERSON);
    expect(openIdentity(rotated, SUBJECT, after)).toEqual(PERSON);
    expect(() => openIdentity(parseVaultKeys(NEW), SUBJECT, before)).toThrow(
      /No identity key of version 1/,
    );
  });

  it("never quotes the identity in an error", () => {
    const keys = parseVaultKeys(OLD);
    const sealed = sealIdentity(keys, SUBJECT, PERSON);
    const wrong = parseVaultKeys(`v1:${"c".repeat(40)}`);

    expect(() => openIdentity(wrong, SUBJECT, sealed)).toThrow(VaultError);
    expect(() => openIdentity(wrong, SUBJECT, sealed)).not.toThrow(/Aigerim|900101300017/);
    expect(() => sealIdentity(keys, SUBJECT, { ...PERSON, iin: "12" })).toThrow(/12 digits/);
  });
});
