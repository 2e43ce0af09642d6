"""The sentence cache and the audio helpers (trim, gaps, encoders)."""

from __future__ import annotations

import io
import shutil
import struct
import wave
from pathlib import Path

import pytest

from pubkit.speech.audio import encode_mp3, encode_wav, join, measure_gaps, resample, silence, trim
from pubkit.speech.cache import ENV_VAR, SpeechCache, default_cache_dir
from pubkit.speech.engine import Audio


def _tone(ms: int, rate: int = 22050, level: int = 8000) -> bytes:
    n = rate * ms // 1000
    return struct.pack(f"<{n}h", *((level if (i // 20) % 2 else -level) for i in range(n)))


def test_key_depends_on_text_voice_rate_and_engine_version() -> None:
    base = {"text": "Hallo.", "voice": "gmw/de", "rate": 145, "engine": "pyttsx3", "version": "1"}
    key = SpeechCache.key(**base)
    assert key == SpeechCache.key(**base)
    for field, value in [("text", "Hallo!"), ("voice", "gmw/en"), ("rate", 150), ("version", "2")]:
        assert SpeechCache.key(**{**base, field: value}) != key


def test_put_get_and_counts(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path)
    audio = Audio(_tone(100), 22050)
    assert cache.get("ab" * 32) is None
    cache.put("ab" * 32, audio)
    assert cache.get("ab" * 32) == audio
    assert (cache.hits, cache.misses) == (1, 1)
    assert not list(tmp_path.rglob(".tmp-*"))


def test_cache_folder_removed_while_running_is_made_again(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    cache = SpeechCache(folder)
    audio = Audio(_tone(50), 22050)
    cache.put("cd" * 32, audio)
    shutil.rmtree(folder)  # `pubkit cache clean` between two renders of one process
    cache.put("cd" * 32, audio)
    assert cache.get("cd" * 32) == audio
    with wave.open(str(next(folder.rglob("*.wav"))), "rb") as wav:  # a file wave reads
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        assert wav.readframes(wav.getnframes()) == audio.pcm


def test_disabled_cache_always_misses() -> None:
    cache = SpeechCache(None)
    cache.put("cd" * 32, Audio(_tone(10), 22050))
    assert cache.get("cd" * 32) is None


def test_unwritable_cache_does_not_break_rendering(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    SpeechCache(blocker / "cache").put("ef" * 32, Audio(_tone(10), 22050))


def test_cache_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv(ENV_VAR)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "pubkit" / "speech"


def test_trim_keeps_fixed_margins() -> None:
    audio = Audio(silence(500, 22050) + _tone(200) + silence(900, 22050), 22050)
    trimmed = trim(audio, lead_ms=40, tail_ms=80)
    assert trimmed.duration == pytest.approx(0.04 + 0.2 + 0.08, abs=0.01)


def test_gaps_and_join() -> None:
    audio = join([Audio(_tone(300), 22050), Audio(_tone(300), 22050)], gap_ms=700)
    gaps = measure_gaps(audio, min_ms=500)
    assert len(gaps) == 1
    assert gaps[0][1] == pytest.approx(0.7, abs=0.01)


def test_resample() -> None:
    audio = resample(Audio(_tone(1000), 22050), 24000)
    assert audio.rate == 24000
    assert audio.frames == 24000


def test_wav_and_mp3() -> None:
    audio = Audio(_tone(1000), 22050)
    with wave.open(io.BytesIO(encode_wav(audio))) as wav:
        assert (wav.getnchannels(), wav.getframerate(), wav.getnframes()) == (1, 22050, 22050)
    mp3 = encode_mp3(audio, bitrate=48)
    assert mp3[:2] == b"\xff\xf3"  # MPEG-2 layer III frame sync: 22.05 kHz
    assert 5000 < len(mp3) < 8000  # about 48 kbit/s for one second


def test_ogg_opus_pages_have_valid_crcs_and_decode() -> None:
    import ctypes
    import ctypes.util

    from pubkit.speech.opus import _crc, encode_ogg_opus

    name = ctypes.util.find_library("opus")
    if name is None:
        pytest.skip("libopus not installed")
    ogg = encode_ogg_opus(Audio(_tone(1000), 22050), title="T", language="de")
    pos, packets, current = 0, [], b""
    while pos < len(ogg):
        assert ogg[pos : pos + 4] == b"OggS"
        count = ogg[pos + 26]
        lacing = ogg[pos + 27 : pos + 27 + count]
        body = pos + 27 + count
        page = ogg[pos : body + sum(lacing)]
        assert struct.unpack("<I", page[22:26])[0] == _crc(page[:22] + bytes(4) + page[26:])
        for size in lacing:
            current += ogg[body : body + size]
            body += size
            if size < 255:
                packets.append(current)
                current = b""
        pos = body
    assert packets[0].startswith(b"OpusHead")
    assert packets[1].startswith(b"OpusTags")
    lib = ctypes.CDLL(name)
    lib.opus_decoder_create.restype = ctypes.c_void_p
    error = ctypes.c_int()
    decoder = ctypes.c_void_p(lib.opus_decoder_create(48000, 1, ctypes.byref(error)))
    out = (ctypes.c_int16 * 5760)()
    decoded = sum(lib.opus_decode(decoder, p, len(p), out, 5760, 0) for p in packets[2:])
    lib.opus_decoder_destroy(decoder)
    assert decoded == pytest.approx(48000, abs=960)
