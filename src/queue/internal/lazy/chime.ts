// A short two-tone chime through Web Audio (no audio file to fetch), for the board before a call
// and for the ticket when its number comes up. Loaded lazily with the parts that use it.
let audio: AudioContext | undefined;

/** Plays the chime; false when the browser keeps audio suspended until a user gesture. */
export async function chime(): Promise<boolean> {
  const Ctx = globalThis.AudioContext;
  if (!Ctx) return true;
  audio ??= new Ctx();
  if (audio.state !== 'running') await Promise.race([audio.resume(), new Promise((r) => setTimeout(r, 200))]);
  if (audio.state !== 'running') return false;
  const t = audio.currentTime;
  [660, 880].forEach((hz, i) => {
    const osc = audio!.createOscillator();
    const gain = audio!.createGain();
    osc.frequency.value = hz;
    gain.gain.setValueAtTime(0.2, t + i * 0.3);
    gain.gain.exponentialRampToValueAtTime(0.001, t + i * 0.3 + 0.28);
    osc.connect(gain).connect(audio!.destination);
    osc.start(t + i * 0.3);
    osc.stop(t + i * 0.3 + 0.3);
  });
  await new Promise((r) => setTimeout(r, 700));
  return true;
}

/** From a user gesture: lets later chimes play. */
export function unlockAudio(): void {
  void audio?.resume();
}
