import type { Service } from "../types";
import { familyReceives, label } from "./sql";

/** A state allowance to the parent raising a child with a disability, per such child. */
export const childDisabilityCare: Service = {
  id: "child-disability-care",
  subject: "family",
  name: label(
    "Allowance to a parent raising a child with a disability",
    "Пособие родителю, воспитывающему ребёнка с инвалидностью",
    "Мүгедектігі бар баланы тәрбиелеп отырған ата-анаға жәрдемақы",
  ),
  legalBasis:
    "Social Code of the Republic of Kazakhstan (2023): state social allowance to a mother or " +
    "father (adoptive parent, guardian) raising a child with a disability.",
  params: {
    amount_pm: { type: "Float64", value: 1.61, description: "Allowance in PM per child" },
  },
  aggregates: {
    disabled_children: "countIf(disabled_child)",
    parents: "countIf(relation != 'child' AND age >= 18)",
  },
  evidence: [
    {
      id: "disabled_children",
      label: label(
        "Children with a disability",
        "Детей с инвалидностью",
        "Мүгедектігі бар балалар",
      ),
      value: "a.disabled_children",
      holds: "a.disabled_children >= 1",
      test: "at least one",
      sources: ["disability"],
    },
    {
      id: "parents",
      label: label(
        "Adults raising them in the family",
        "Взрослых в семье, воспитывающих их",
        "Оларды тәрбиелеп отырған ересектер",
      ),
      value: "a.parents",
      holds: "a.parents >= 1",
      test: "at least one member aged 18 or over who is not one of the children",
      sources: ["civil-status-acts", "addresses"],
    },
  ],
  amount: {
    kind: "monthly",
    sql: "{amount_pm:Float64} * {pm:Float64} * a.disabled_children",
    words: "1.61 PM a month for each child with a disability.",
  },
  receives: {
    sql: familyReceives("CHILD_DISABILITY_CARE"),
    sources: ["benefits-paid"],
    words: "The allowance running for a member of the family.",
  },
  recipient: "f.head_id",
  dataNotes: [
    "The allowance goes to one parent; the family's head is proposed and the worker records " +
      "the parent who raises the child.",
  ],
  messages: {
    kk: {
      title: "Мүгедектігі бар баланы тәрбиелеушіге жәрдемақы",
      sms:
        "Мүгедектігі бар баланы тәрбиелеуге жәрдемақы сізге өтінішсіз тағайындалуы мүмкін. " +
        "Жауап беріңіз: {link}",
      explanation:
        "Медициналық-әлеуметтік сараптама деректері бойынша отбасыңызда мүгедектігі бар бала " +
        "тәрбиеленуде. Оны тәрбиелеп отырған ата-анаға мемлекет ай сайын жәрдемақы төлейді.",
    },
    ru: {
      title: "Пособие на воспитание ребёнка с инвалидностью",
      sms:
        "Вам может быть назначено пособие на воспитание ребёнка с инвалидностью без заявления. " +
        "Ответьте: {link}",
      explanation:
        "По данным медико-социальной экспертизы в вашей семье воспитывается ребёнок с " +
        "инвалидностью. Родителю, который его воспитывает, государство платит ежемесячное " +
        "пособие.",
    },
    en: {
      title: "Allowance for raising a child with a disability",
      sms:
        "You may receive the allowance for raising a child with a disability without applying. " +
        "Answer: {link}",
      explanation:
        "The disability assessment records show a child with a disability is raised in your " +
        "family. The state pays the parent who raises the child a monthly allowance.",
    },
  },
  reviewDays: 10,
};
