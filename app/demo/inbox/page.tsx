import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DemoInboxMessage } from "@/components/demo-inbox-message";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { getEnv } from "@/lib/env";
import { demoInboxFiles, readDemoInbox } from "@/lib/notify/demo/inbox";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Demo inbox", robots: { index: false } };

/**
 * What the local SMS gateway and SMTP server of an embedded installation received: the
 * messages citizens would get, with their answer links. Only in embedded (demo) mode.
 */
export default function DemoInboxPage() {
  const env = getEnv();
  if (env.mode !== "embedded") notFound();
  const files = demoInboxFiles(env.dataDir);
  const messages = readDemoInbox([files.sms, files.email]);

  return (
    <main className="mx-auto max-w-3xl space-y-4 px-4 py-8">
      <PageHeader title="Demo inbox">
        The SMS and e-mails the portal sent to citizens of the demo country, newest first. In
        production they go to the SMS gateway and the mail server of the configuration instead.
      </PageHeader>
      {messages.length === 0 ? (
        <EmptyState title="No messages yet">
          When a supervisor approves a case, the citizen is offered the benefit by SMS and e-mail
          within a few seconds; the messages appear here.
        </EmptyState>
      ) : (
        messages.map((message) => <DemoInboxMessage key={message.id} message={message} />)
      )}
    </main>
  );
}
