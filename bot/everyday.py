"""Everyday English words that are also names people go by: the words a one-word alias must not be matched on
in running text unless it is capitalised mid-sentence ("I saw Will by the bar", never "Will she sing?").

A curated list, not a dictionary or a frequency table: it only has to hold words that are plausibly both a name
(a first name, a surname, a stage name, a band, a nickname) and a word a correspondent writes in a sentence.
A general dictionary would also hold "gaga" and a frequency table ranks "drake" and "gaga" high because of the
stars themselves, which would stop "Gaga lit a cigarette" from tagging Lady Gaga. Editors see the effect at once:
`/roster add` says when an alias is on this list. Add words here (lower case, one per entry) as rosters meet them.
"""

from __future__ import annotations

EVERYDAY_WORDS = frozenset(
    """
    a am an as at be by do go he i in is it me my no of oh ok on or so to up us we yes you she her him his
    the they them this that then than there here who what when why how all any one two ten
    can may might must will shall would could should did does had has have was were are not
    january march april may june july august october
    monday tuesday wednesday thursday friday saturday sunday
    spring summer autumn winter dawn day night morning eve noon
    art bill bob buck chip cliff dean don drew frank gene grant guy jack kit lance mark max miles nick pat
    penny ray rich rob rod sandy skip sly sue wade will chase hunter bishop major page sage
    hope faith grace joy glory charity patience liberty destiny harmony melody trinity unity bliss
    amber crystal ruby pearl jade jewel ivy holly heather daisy lily rose iris violet hazel olive
    honey sugar candy ginger brandy cherry peaches apple cookie sweet baby babe mama papa daddy
    rusty dusty sunny stormy misty
    sky echo rain storm thunder snow river lake ocean sea bay moon sun star stone rock wood hill field
    prince princess king queen duke earl lord lady dame miss sir boss chief champ captain doc
    legend icon genius hero angel ghost magic kid tiny slim big little ace flash blaze
    black white green brown gray grey pink red blue gold silver scarlet
    west young swift styles cash crow fox wolf bear lion raven bell church knight bloom banks wonder beat
    lively price long park song sung
    common future logic example problem usher pitbull shaggy
    sting seal edge slash flea beck
    train heart journey kiss blur muse bush cream rush genesis madness garbage poison live low chic
    air free family traffic spoon wire television suede tool cake
    boat ship film ice bow beam gift top pond fern book jelly earth bank mint golf beer mercy
    tea coffee milk rice bean nut plum berry lemon lime mango butter salt pepper cotton silk lace button pin
    ring coin gem leaf tree palm pine ash sand dust cloud wind fire flame light shadow smoke wave tide shore
    coral frog bird fish duck bee tiger puppy kitty bunny panda pig cat dog mouse
    gun tank jet car bus bike game ball cup glass bottle box pen film photo mirror pillow
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
