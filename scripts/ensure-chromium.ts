// Makes sure the browser tests have a Chromium: CHROMIUM_PATH, then /usr/bin/chromium; as root
// on Debian it installs Debian's chromium package; otherwise it says how to get one.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { chromiumPath } from "../lib/runtime/chromium";

function install(): boolean {
  console.log("Chromium not found: installing Debian's chromium package…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  if (update.status !== 0) return false;
  const args = ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-dejavu-core"];
  return spawnSync("apt-get", args, { stdio: "inherit", env }).status === 0;
}

if (chromiumPath()) process.exit(0);

const debian = fs.existsSync("/etc/debian_version");
if (os.userInfo().uid === 0 && debian && install() && chromiumPath()) process.exit(0);

console.error(
  "The browser tests need Chromium and none was found.\n" +
    "  Debian/Ubuntu: sudo apt-get install chromium\n" +
    "  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable.",
);
process.exit(1);
