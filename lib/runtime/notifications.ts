import { getDb } from "../db/client";
import type { Env } from "../env";
import { log } from "../log";
import { demoInboxFiles } from "../notify/demo/inbox";
import { startSmsGateway } from "../notify/demo/sms-gateway";
import { startSmtpServer } from "../notify/demo/smtp-server";
import { channelsOf, linkBase, startNotifier } from "../notify/notifier";

/**
 * Starts the notification rounds of this process. In embedded mode without a configured SMS
 * gateway or SMTP server, a local one of each is started on a free port: they really take
 * the messages and keep them in DATA_DIR/demo-inbox, which the demo inbox page shows.
 */
export async function startNotifications(env: Env): Promise<() => Promise<void>> {
  const closers: (() => Promise<void>)[] = [];
  const settings = { ...env };
  if (env.mode === "embedded") {
    const inbox = demoInboxFiles(env.dataDir);
    if (!env.SMS_GATEWAY_URL) {
      const url = `${linkBase(env)}/api/notify/delivery`;
      const gateway = await startSmsGateway({
        port: 0,
        inboxFile: inbox.sms,
        deliveryReport: { url, token: env.CRON_SECRET },
      });
      settings.SMS_GATEWAY_URL = gateway.url;
      closers.push(() => gateway.close());
    }
    if (!env.SMTP_URL) {
      const smtp = await startSmtpServer({ port: 0, inboxFile: inbox.email });
      settings.SMTP_URL = smtp.url;
      closers.push(() => smtp.close());
    }
    log.info("demo SMS gateway and SMTP server started; messages go to the demo inbox");
  }

  const channels = channelsOf(settings);
  const interval = env.NOTIFY_INTERVAL_SECONDS * 1000;
  const notifier = interval > 0 ? startNotifier(getDb(), env, channels, interval) : null;
  return async () => {
    notifier?.stop();
    for (const close of closers) await close();
  };
}
