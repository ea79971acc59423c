/**
 * The spoken cues of `<nerve-glide-timer voice>`, as a Lit reactive controller: short phrases
 * ("Straighten. Glide 3 of 10.", "Bend.") said with the browser's speech synthesis (Web Speech API),
 * in the language of the text, so a person can follow the glides with their eyes shut.
 *
 * - Each cue replaces the one before (`cancel()`, then `speak()`): a cue is never late, even when the
 *   voice is slow or the phase short. Nothing is queued.
 * - The first cue is spoken inside the person's click (Start, Resume): Safari on iOS speaks only after
 *   speech was first asked for inside a user gesture, and Chrome refuses speech on a page the person
 *   has not touched.
 * - `cancel()` on pause, reset and removal. The Web Speech API has one queue per page and no way to
 *   stop a single utterance, so `cancel()` clears the page's queue only while one of this element's
 *   utterances is still pending or speaking; it leaves the page's other speech alone otherwise.
 * - A browser without speech synthesis (or one that throws) simply stays silent; the session goes on.
 * - Nothing leaves the device: some browsers also offer voices that run on a server (Chrome's "Google …"
 *   voices, `localService: false`), which would send the cue text over the network. Only a voice on the
 *   device is ever chosen; when the browser lists voices and none on the device speaks the language,
 *   the element stays silent and warns once (with no list yet, it leaves the choice to the browser's
 *   default voice for the language, which is the system's own).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getLocale, getLocaleTag, resolveLocale } from '../core/locale.js';
import { warnOnce } from '../core/warn.js';

/** The parts of the Web Speech API used here (globals read at call time, so tests can fake them). */
interface SpeechGlobals {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
}

/**
 * The tag to speak in: the page's tag (`es-MX`, for a Mexican voice) when the text is in its
 * language, else the language the text is actually shown in (a page in Portuguese shows English text,
 * which a Portuguese voice would mangle).
 */
export function speechLanguage(): string {
  const tag = getLocaleTag();
  const shown = getLocale();
  return resolveLocale(tag) === shown ? tag : shown;
}

/**
 * The best voice on the device for `tag`: one for exactly that tag, else one for its language (the
 * system's default voice first), else `null`. Voices that run on a server (`localService: false`)
 * are never chosen. Pure.
 */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], tag: string): SpeechSynthesisVoice | null {
  const norm = (value: string) => value.replace(/_/g, '-').toLowerCase();
  const wanted = norm(tag);
  const language = wanted.split('-')[0] ?? wanted;
  // Only an explicit `false` marks a server voice (a browser that leaves it out has only its own voices).
  const onDevice = voices.filter((voice) => (voice as { localService?: boolean }).localService !== false);
  const exact = onDevice.find((voice) => norm(voice.lang) === wanted);
  if (exact) return exact;
  const sameLanguage = onDevice.filter((voice) => (norm(voice.lang).split('-')[0] ?? '') === language);
  return sameLanguage.find((voice) => voice.default) ?? sameLanguage[0] ?? null;
}

export class VoiceController implements ReactiveController {
  /** This element's latest utterance while it is pending or speaking; `null` once it ended. */
  private current: SpeechSynthesisUtterance | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Says `text` now, instead of anything this element is still saying. Silent without speech synthesis. */
  say(text: string): void {
    const { speechSynthesis: synth, SpeechSynthesisUtterance: Utterance } = globalThis as SpeechGlobals;
    if (!synth || typeof Utterance !== 'function' || !text) return;
    this.cancel();
    try {
      const lang = speechLanguage();
      const voices = synth.getVoices();
      const voice = pickVoice(voices, lang);
      if (!voice && voices.length > 0) {
        warnOnce(this.host, `voice:${lang}`, `<${this.host.localName}> voice: no voice on this device speaks "${lang}" (only voices that would send the text over the network, or none); the cues stay silent.`);
        return;
      }
      const utterance = new Utterance(text);
      utterance.lang = lang;
      if (voice) utterance.voice = voice;
      const ended = (): void => {
        if (this.current === utterance) this.current = null;
      };
      utterance.addEventListener('end', ended);
      utterance.addEventListener('error', ended);
      this.current = utterance;
      synth.speak(utterance);
    } catch {
      // No voice for this page: the session goes on in silence.
      this.current = null;
    }
  }

  /** Stops this element's speech, if any is pending or under way. */
  cancel(): void {
    if (!this.current) return;
    this.current = null;
    try {
      (globalThis as SpeechGlobals).speechSynthesis?.cancel();
    } catch {
      // Nothing to stop.
    }
  }
}
