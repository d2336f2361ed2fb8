import type { ActorMention, ActorRegistry } from "../types.ts";
import { matchActors, type MatchContext } from "./actors/match-actors.ts";
import { isInside } from "./quoted-spans.ts";

/**
 * The actors one sentence names outside its quotations, matched when first asked for, once per date (the date only
 * decides who holds a role). A sentence that reports nothing needs them only when a later sentence refers back to it
 * (« il », « ce dernier », an ambiguous name, a participial sentence); about a quarter of the sentences of news text
 * report nothing. What they give is shared: read it, never change it.
 */
export class SentenceActors implements MatchContext {
  private atAccount?: ActorMention[];
  private others?: Map<string, ActorMention[]>;
  private subject?: { mention: ActorMention | undefined };

  constructor(
    private readonly text: string,
    private readonly quotes: [number, number][],
    private readonly registry: ActorRegistry,
    /** The date the account is at in this sentence: later sentences refer back to its actors as of then. */
    private readonly account: string,
    /** The sentence before this one, in any paragraph; undefined for the first. */
    private readonly prior: SentenceActors | undefined,
    /** The sentence before this one in its paragraph; undefined for a paragraph's first. */
    private readonly before: SentenceActors | undefined,
  ) {}

  /** The actors as of the account's date. */
  mentions(): ActorMention[] {
    return (this.atAccount ??= this.match(this.account));
  }

  /** The actors as of a date. */
  mentionsOn(date: string): ActorMention[] {
    if (date === this.account) return this.mentions();
    let mentions = this.others?.get(date);
    if (!mentions) (this.others ??= new Map()).set(date, (mentions = this.match(date)));
    return mentions;
  }

  /**
   * The actors of the sentence before, in any paragraph: what « il » and « ce dernier » refer to. A getter, so that the
   * sentence is its own context for matchActors, which reads it only for an ambiguous name, « son homologue » or
   * « ce dernier ». (On the prototype: a getter written in an object literal gives each object a map of its own, and
   * V8 then keeps what the getter's closure holds through young collections.)
   */
  get previous(): ActorMention[] {
    return this.prior ? this.prior.mentions() : NONE;
  }

  /** The subject the paragraph has reached by the end of this sentence: its first person, else its first actor, else the one before. */
  lastSubject(): ActorMention | undefined {
    if (!this.subject) {
      const mentions = this.mentions();
      const person = mentions.find((mention) => this.registry.byId.get(mention.actorId)?.kind === "person");
      this.subject = { mention: person ?? mentions[0] ?? this.before?.lastSubject() };
    }
    return this.subject.mention;
  }

  /** The subject the paragraph had reached before this sentence. */
  subjectBefore(): ActorMention | undefined {
    return this.before?.lastSubject();
  }

  private match(date: string): ActorMention[] {
    const mentions = matchActors(this.text, this.registry, date, this);
    const { quotes } = this;
    return quotes.length === 0 ? mentions : mentions.filter((mention) => !isInside(quotes, mention.start, mention.end));
  }
}

const NONE: ActorMention[] = [];
