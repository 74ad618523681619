"""A line typed without its question mark that reads as a question gets one: “Are we okay now, do you think?”,
never “Are we okay now, do you think.” (nor “…, do you think,” X said.). Read where a quote is closed
(`overheard.said_by`, `overheard.overheard`, `speakers._framed`)."""

from __future__ import annotations

import re

_AUX = r"(?:are|is|am|was|were|can|could|will|would|should|shall|may|might|must|did|does|has|had|" + (
    r"isn't|aren't|wasn't|weren't|can't|couldn't|won't|wouldn't|shouldn't|didn't|doesn't|don't|hasn't|haven't)"
)
_SUBJECT = r"(?:i|you|he|she|it|we|they|there|this|that|anyone|anybody|everyone|somebody|someone)"
_OPENS = re.compile(  # "Are we okay", "Did you see that", "Do you think", "Is the car here", "Have you eaten"
    rf"^(?!don't you\b)(?:{_AUX} (?:{_SUBJECT}|the|my|your|his|her|our|their)|(?:do|have) {_SUBJECT})\b"
    rf"|^(?:who|what|where|when|why|how|which)(?:'s|’s| {_AUX}| do)\b",
    re.IGNORECASE,
)
_TAG = re.compile(  # "…, do you think", "…, right", "…, isn't it", "…, or what"
    rf",\s+(?:do you think|don't you think|you think|right|or what|or not|(?:{_AUX}) (?:{_SUBJECT}))$",
    re.IGNORECASE,
)


def asks(line: str) -> bool:
    """Whether a line that ends on no mark of its own reads as a question: it opens on a verb before its
    subject ("Are we okay now") or a question word and its verb ("Where's the car"), or closes on a tag ("…, do
    you think", "…, isn't it"). "Don't you dare wash that off" is an order."""
    line = line.strip().rstrip(".,;:").replace("’", "'")
    if not line or line[-1:] in "!?…" or "." in line or "!" in line or "?" in line:
        return False  # (a line of several sentences keeps its own stops)
    return bool(_OPENS.search(line) or _TAG.search(line))
