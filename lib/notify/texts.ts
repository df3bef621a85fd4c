import type { AmountRule } from "../services/types";
import type { CitizenLanguage } from "./offer-view";

type AmountKind = AmountRule["kind"];

/**
 * Every fixed text a citizen reads: the answer page, the e-mails and the reminders. `{name}`
 * marks a value filled in when shown (see `fillText`); every language has the same keys and
 * the same placeholders.
 */
export type CitizenTexts = {
  /** The language's own name, for the language switcher. */
  languageName: string;
  /** The switcher's accessible name. */
  languageSwitch: string;
  ministry: string;
  /** How to reach the office; `{phone}` is the contact centre's number. */
  contact: { heading: string; centre: string; office: string };
  offer: {
    heading: string;
    lead: string;
    why: string;
    amount: string;
    /** Said under the amount: a month, once, or an estimated value given in kind. */
    amountKind: Record<AmountKind, string>;
    payment: string;
    paymentWay: Record<AmountKind, string>;
    safety: string;
    answerBy: string;
    answer: string;
    accept: string;
    decline: string;
    reason: string;
    reasonHint: string;
  };
  /** Errors the answer form can show; `{max}` is the reason's length limit. */
  errors: { notSaved: string; reasonTooLong: string; reasonPersonal: string };
  accepted: { heading: string; body: string };
  declined: { heading: string; body: string };
  /** One text for every link that cannot be used, so none tells whether it ever existed. */
  unusable: { heading: string; body: string; help: string };
  tooMany: { heading: string; body: string };
  sms: { reminderPrefix: string };
  email: {
    subject: string;
    reminderSubject: string;
    greeting: string;
    reminderIntro: string;
    intro: string;
    link: string;
  };
};

/** The single state contact centre, for every service and language. */
export const CONTACT_CENTRE_PHONE = "1414";

/** The longest reason a citizen may give with an answer: the form's limit and the error's. */
export const REASON_MAX_LENGTH = 500;

const kk: CitizenTexts = {
  languageName: "Қазақша",
  languageSwitch: "Тіл",
  ministry: "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі",
  contact: {
    heading: "Сұрақтарыңыз бар ма?",
    centre: "Бірыңғай байланыс орталығы: {phone}",
    office:
      "Немесе тұрғылықты жеріңіздегі жұмыспен қамту және әлеуметтік бағдарламалар бөліміне " +
      "жүгініңіз.",
  },
  offer: {
    heading: "Сізге әлеуметтік қолдау тиесілі",
    lead: "Өтініш берудің қажеті жоқ: төменде жауап беріңіз.",
    why: "Неліктен сізге тиесілі",
    amount: "Мөлшері",
    amountKind: {
      monthly: "айына",
      lump_sum: "бір рет",
      in_kind: "болжамды құны, заттай беріледі",
    },
    payment: "Алу тәртібі",
    paymentWay: {
      monthly:
        "Ақша ай сайын жұмыспен қамту және әлеуметтік бағдарламалар бөлімінде " +
        "өзіңіз растайтын банк шотына немесе төлем операторы арқылы аударылады.",
      lump_sum:
        "Ақша бір рет жұмыспен қамту және әлеуметтік бағдарламалар бөлімінде " +
        "өзіңіз растайтын банк шотына немесе төлем операторы арқылы аударылады.",
      in_kind:
        "Көмек ақшалай емес, заттай беріледі. Оны қайдан және қалай алуға болатынын жұмыспен " +
        "қамту және әлеуметтік бағдарламалар бөлімі хабарлайды.",
    },
    safety:
      "Мұнда банк деректемелерін енгізудің қажеті жоқ. Карта нөмірін, PIN-кодты және " +
      "SMS-кодтарды ешкімге айтпаңыз: біз оларды ешқашан сұрамаймыз.",
    answerBy: "Жауап берудің соңғы күні: {date}.",
    answer: "Сіздің жауабыңыз",
    accept: "Келісемін",
    decline: "Бас тартамын",
    reason: "Себебі (міндетті емес)",
    reasonHint: "Себебін жазуыңызға болады. ЖСН-іңізді немесе басқа жеке деректеріңізді жазбаңыз.",
  },
  errors: {
    notSaved: "Жауабыңызды сақтау мүмкін болмады. Бірнеше минуттан кейін қайталап көріңіз.",
    reasonTooLong: "Себебі тым ұзын: {max} таңбадан аспауы керек.",
    reasonPersonal: "Себебінен ЖСН-ді және сізді анықтауға болатын басқа нөмірлерді алып тастаңыз.",
  },
  accepted: {
    heading: "Рақмет, жауабыңыз қабылданды",
    body:
      "Сіз бұл көмекті алуға келісім бердіңіз. Жұмыспен қамту және әлеуметтік " +
      "бағдарламалар бөлімі тағайындауды аяқтап, қосымша бірдеңе қажет болса, сізбен " +
      "хабарласады. Бөлек өтініш берудің қажеті жоқ.",
  },
  declined: {
    heading: "Жауабыңыз қабылданды",
    body:
      "Сіз бұл көмектен бас тарттыңыз. Біраз уақыт бойы ол сізге қайта ұсынылмайды. Ойыңыз " +
      "өзгерсе, жұмыспен қамту және әлеуметтік бағдарламалар бөліміне немесе eGov порталы " +
      "(egov.kz) арқылы өтініш бере аласыз.",
  },
  unusable: {
    heading: "Сілтеме қолжетімсіз",
    body:
      "Бұл сілтемені пайдалану мүмкін емес. Оның мерзімі өтіп кеткен, оған жауап берілген " +
      "немесе ол толық көшірілмеген болуы мүмкін.",
    help:
      "Әлеуметтік қолдау туралы білу үшін {phone} бірыңғай байланыс орталығына қоңырау " +
      "шалыңыз немесе тұрғылықты жеріңіздегі жұмыспен қамту және әлеуметтік " +
      "бағдарламалар бөліміне жүгініңіз.",
  },
  tooMany: {
    heading: "Тым көп әрекет жасалды",
    body: "Бірнеше минут күтіп, сілтемені қайта ашыңыз.",
  },
  sms: { reminderPrefix: "Еске салу:" },
  email: {
    subject: "{title}",
    reminderSubject: "Еске салу: {title}",
    greeting: "Құрметті азамат!",
    reminderIntro: "Біз әлі сіздің жауабыңызды алған жоқпыз.",
    intro: "Сізге өтінішсіз мына қолдау көрсетілуі мүмкін: «{title}».",
    link: "Келісу немесе бас тарту үшін сілтемені ашыңыз: {link}",
  },
};

const ru: CitizenTexts = {
  languageName: "Русский",
  languageSwitch: "Язык",
  ministry: "Министерство труда и социальной защиты населения Республики Казахстан",
  contact: {
    heading: "Остались вопросы?",
    centre: "Единый контакт-центр: {phone}",
    office: "Или обратитесь в отдел занятости и социальных программ по месту жительства.",
  },
  offer: {
    heading: "Вам положена социальная поддержка",
    lead: "Подавать заявление не нужно: просто ответьте ниже.",
    why: "Почему она вам положена",
    amount: "Размер",
    amountKind: {
      monthly: "в месяц",
      lump_sum: "единовременно",
      in_kind: "ориентировочная стоимость, предоставляется в натуральной форме",
    },
    payment: "Порядок получения",
    paymentWay: {
      monthly:
        "Деньги перечисляются ежемесячно на банковский счёт, который вы подтвердите в отделе " +
        "занятости и социальных программ, или через оператора выплат.",
      lump_sum:
        "Деньги перечисляются один раз на банковский счёт, который вы подтвердите в отделе " +
        "занятости и социальных программ, или через оператора выплат.",
      in_kind:
        "Помощь предоставляется не деньгами, а в натуральной форме. Где и как её получить, " +
        "сообщит отдел занятости и социальных программ.",
    },
    safety:
      "Банковские реквизиты здесь вводить не нужно. Никому не сообщайте номер карты, ПИН-код " +
      "и коды из SMS: мы их никогда не запрашиваем.",
    answerBy: "Ответить можно до {date} включительно.",
    answer: "Ваш ответ",
    accept: "Принимаю",
    decline: "Отказываюсь",
    reason: "Причина (необязательно)",
    reasonHint: "Можете указать причину. Не пишите свой ИИН и другие личные данные.",
  },
  errors: {
    notSaved: "Не удалось сохранить ваш ответ. Попробуйте ещё раз через несколько минут.",
    reasonTooLong: "Причина слишком длинная: не более {max} символов.",
    reasonPersonal: "Уберите из причины ИИН и другие номера, по которым можно вас узнать.",
  },
  accepted: {
    heading: "Спасибо, ваш ответ принят",
    body:
      "Вы согласились на получение этой помощи. Отдел занятости и социальных программ завершит " +
      "назначение и свяжется с вами, если понадобится что-то ещё. Отдельно подавать " +
      "заявление не нужно.",
  },
  declined: {
    heading: "Ваш ответ принят",
    body:
      "Вы отказались от этой помощи. В течение некоторого времени мы не будем предлагать её " +
      "повторно. Если передумаете, вы можете подать заявление в отдел занятости и социальной " +
      "защиты или через портал eGov (egov.kz).",
  },
  unusable: {
    heading: "Ссылка недоступна",
    body:
      "Эту ссылку нельзя использовать. Возможно, срок её действия истёк, на неё уже ответили " +
      "или она скопирована не полностью.",
    help:
      "Чтобы узнать о мерах поддержки, позвоните в единый контакт-центр {phone} или " +
      "обратитесь в отдел занятости и социальных программ по месту жительства.",
  },
  tooMany: {
    heading: "Слишком много попыток",
    body: "Подождите несколько минут и откройте ссылку снова.",
  },
  sms: { reminderPrefix: "Напоминание:" },
  email: {
    subject: "{title}",
    reminderSubject: "Напоминание: {title}",
    greeting: "Здравствуйте!",
    reminderIntro: "Мы ещё не получили ваш ответ.",
    intro: "Без заявления вам может быть назначена мера поддержки: «{title}».",
    link: "Чтобы дать согласие или отказаться, перейдите по ссылке: {link}",
  },
};

const en: CitizenTexts = {
  languageName: "English",
  languageSwitch: "Language",
  ministry:
    "Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan",
  contact: {
    heading: "Questions?",
    centre: "Single state contact centre: {phone}",
    office: "Or visit the department of employment and social programmes where you live.",
  },
  offer: {
    heading: "A benefit is yours",
    lead: "You do not need to apply: just give your answer below.",
    why: "Why you are entitled",
    amount: "Amount",
    amountKind: {
      monthly: "a month",
      lump_sum: "once",
      in_kind: "estimated value, given in kind",
    },
    payment: "How you will receive it",
    paymentWay: {
      monthly:
        "The money is paid every month to the bank account you confirm with the department of " +
        "employment and social programmes, or through the payment operator.",
      lump_sum:
        "The money is paid once to the bank account you confirm with the department of " +
        "employment and social programmes, or through the payment operator.",
      in_kind:
        "The help is given in kind, not as money. The department of employment and social " +
        "protection will tell you where and how to receive it.",
    },
    safety:
      "You do not enter bank details here. Never share your card number, PIN or codes from " +
      "SMS: we never ask for them.",
    answerBy: "Please answer by {date}.",
    answer: "Your answer",
    accept: "I accept",
    decline: "I decline",
    reason: "Reason (optional)",
    reasonHint: "You may say why. Do not write your IIN or other personal details.",
  },
  errors: {
    notSaved: "Your answer could not be saved. Please try again in a few minutes.",
    reasonTooLong: "The reason is too long: please use at most {max} characters.",
    reasonPersonal: "Please remove your IIN and any other numbers that identify you.",
  },
  accepted: {
    heading: "Thank you, your answer is recorded",
    body:
      "You accepted this help. The department of employment and social programmes will " +
      "complete the assignment and contact you if anything else is needed. You do not need " +
      "to apply separately.",
  },
  declined: {
    heading: "Your answer is recorded",
    body:
      "You declined this help. It will not be offered to you again for some time. If you " +
      "change your mind, you can still apply at the department of employment and social " +
      "protection or on eGov (egov.kz).",
  },
  unusable: {
    heading: "Link unavailable",
    body:
      "This link cannot be used. It may have expired, already been answered, or been copied " +
      "incompletely.",
    help:
      "To ask about a benefit, call the single state contact centre {phone} or visit the " +
      "department of employment and social programmes where you live.",
  },
  tooMany: {
    heading: "Too many attempts",
    body: "Please wait a few minutes, then open the link again.",
  },
  sms: { reminderPrefix: "Reminder:" },
  email: {
    subject: "{title}",
    reminderSubject: "Reminder: {title}",
    greeting: "Dear citizen,",
    reminderIntro: "We have not received your answer yet.",
    intro: "You may receive this help without applying: “{title}”.",
    link: "To accept or decline, open the link: {link}",
  },
};

/** The citizen's texts in every language. */
export const TEXTS: Record<CitizenLanguage, CitizenTexts> = { kk, ru, en };

/** The citizen's texts in one language. */
export function textsFor(language: CitizenLanguage): CitizenTexts {
  return TEXTS[language];
}

/**
 * A text with its `{name}` placeholders filled. A placeholder without a value throws: a text
 * must never reach a citizen with a brace in it.
 */
export function fillText(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for the placeholder {${name}}`);

    return value;
  });
}

const LOCALE_TAGS: Record<CitizenLanguage, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-US" };

function perLanguage<T>(make: (tag: string) => T): Record<CitizenLanguage, T> {
  return { kk: make(LOCALE_TAGS.kk), ru: make(LOCALE_TAGS.ru), en: make(LOCALE_TAGS.en) };
}

const tenge = (digits: number) => (tag: string) =>
  new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits });

const WHOLE_TENGE = perLanguage(tenge(0));
const TENGE_AND_TIYN = perLanguage(tenge(2));

/**
 * An amount in tenge as the language writes numbers, with the tenge sign after it: "79 788,33 ₸"
 * in Kazakh and Russian, "79,788.33 ₸" in English. Whole amounts show no tiyn.
 */
export function formatTenge(value: number, language: CitizenLanguage): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not an amount in tenge: ${value}`);

  const tiyn = Math.round(value * 100);
  const format = tiyn % 100 === 0 ? WHOLE_TENGE : TENGE_AND_TIYN;

  return `${format[language].format(tiyn / 100)}\u00a0₸`;
}

const DAY_FORMATS = perLanguage(
  (tag) =>
    new Intl.DateTimeFormat(tag, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }),
);

/**
 * A calendar day (YYYY-MM-DD) as the language writes it: "2025 ж. 5 наурыз", "5 марта 2025 г.",
 * "March 5, 2025". The day is read and written in UTC so no time zone can move it.
 */
export function formatDay(isoDate: string, language: CitizenLanguage): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== isoDate) {
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${isoDate}`);
  }

  return DAY_FORMATS[language].format(day);
}
