/**
 * The optional tone at each phase change of `<nerve-glide-timer sound>`, as a Lit reactive
 * controller: the audio context is made from the person's own click (browsers allow sound only after
 * one), and closed when the element leaves the page.
 *
 * The tones are soft sine waves: 660 Hz (E5) for extension, 494 Hz (B4) for flexion and 392 Hz (G4)
 * for rest, so straightening sounds "up" and bending "down" — a fifth apart, easy to tell apart
 * without looking. All three sit well below 2 kHz, where age-related hearing loss begins, so the
 * older people this is for can hear them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GlidePhase } from './glide-schedule.js';

const FREQUENCY: Readonly<Record<GlidePhase, number>> = { extension: 660, flexion: 494, rest: 392 };

export class ToneController implements ReactiveController {
  private audio: AudioContext | null = null;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close();
  }

  /** Makes (or wakes) the audio context: call it from the person's click. */
  prepare(): void {
    try {
      if (!this.audio) {
        const audioGlobals = globalThis as { AudioContext?: typeof AudioContext; webkitAudioContext?: typeof AudioContext };
        const Context = audioGlobals.AudioContext ?? audioGlobals.webkitAudioContext;
        if (!Context) return;
        this.audio = new Context();
      }
      if (this.audio.state === 'suspended') this.audio.resume().catch(() => undefined);
    } catch {
      this.audio = null;
    }
  }

  /** A short, soft tone for the phase just entered; silent until `prepare()` has made the context. */
  play(phase: GlidePhase): void {
    const audio = this.audio;
    if (!audio || audio.state === 'closed') return;
    try {
      const start = audio.currentTime;
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = FREQUENCY[phase];
      // A 20 ms rise and a 160 ms fall: a soft "ping" with no click at either end.
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.08, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.18);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.2);
    } catch {
      // The session goes on without sound.
    }
  }

  private close(): void {
    const audio = this.audio;
    this.audio = null;
    if (!audio) return;
    try {
      audio.close().catch(() => undefined);
    } catch {
      // Already closed.
    }
  }
}
