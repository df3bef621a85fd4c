import type { DemoMessage } from "@/lib/notify/demo/inbox";

const LINK = /(https?:\/\/\S+\/n\/[A-Za-z0-9_-]+)/;

/** A message's text with its answer link made clickable. */
function withLinks(text: string) {
  return text.split(LINK).map((part, i) =>
    LINK.test(part) ? (
      <a key={i} href={part} className="break-all text-sky-800 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium" });

/** One message as the demo SMS gateway or SMTP server received it. */
export function DemoInboxMessage({ message }: { message: DemoMessage }) {
  const label = message.channel === "sms" ? "SMS" : "E-mail";

  return (
    <article
      aria-label={`${label} to ${message.to}`}
      data-message={message.id}
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
    >
      <header className="flex flex-wrap justify-between gap-2 text-xs text-slate-600">
        <span>
          <span className="font-semibold text-slate-800">{label}</span> to {message.to}
        </span>
        <time dateTime={message.at}>{WHEN.format(new Date(message.at))}</time>
      </header>
      {message.subject ? <p className="mt-2 font-medium">{message.subject}</p> : null}
      <p className="mt-2 whitespace-pre-line">{withLinks(message.text)}</p>
    </article>
  );
}
