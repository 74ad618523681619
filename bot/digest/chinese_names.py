"""Whether a two-word name is a Chinese name in pinyin written family name first ("Tang Xiaolu": Tang is her family
name, so the article names her again as "Tang", never "Xiaolu"), when the roster gives no hint of the order
(`textutil.family_first_by_roster` reads those hints). Read by `textutil.name_parts`."""

from __future__ import annotations

import re

from bot.text import fold

# the commonest family names of China, in pinyin (without tone marks); a name opening with one of them and going on
# with a given name in pinyin is family name first
# fmt: off
_FAMILY = frozenset((
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
    "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
    "cao", "peng", "zeng", "xiao", "tian", "dong", "yuan", "pan", "yu", "jiang", "cai", "du", "ye", "cheng",
    "su", "wei", "lu", "ding", "ren", "shen", "yao", "cui", "zhong", "tan", "fan", "jin", "shi", "liao", "jia",
    "xia", "fu", "fang", "bai", "zou", "meng", "xiong", "qin", "qiu", "yin", "xue", "yan", "duan", "lei", "hou",
    "long", "tao", "gu", "mao", "hao", "gong", "shao", "wan", "qian", "dai", "mo", "kong", "xiang", "ouyang",
    "sima", "zhuge",
))
# fmt: on
# the ten commonest: a name whose second word is one of them and whose first is not is read in Western order
# ("Wei Zhang" → Zhang, whose first word is a given name there; "Zhang Wei" → Zhang)
_COMMONEST = frozenset(["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou"])
# a pinyin syllable without its tone (an initial and the finals it takes: "xiao", "lu", "qiao", "wen", "jie"; not
# "to", "ko", "ki" of a Japanese name, "Sato", "Keiko")
_SYLLABLE = (
    r"(?:[jqx](?:iong|iang|iao|ian|ing|ia|ie|iu|in|uan|ue|un|i|u)"
    r"|(?:zh|ch|sh|[zcsr])(?:uang|ang|eng|ong|uai|uan|ai|ei|ao|ou|an|en|ua|uo|ui|un|a|e|i|u)"
    r"|[gkh](?:uang|ang|eng|ong|uai|uan|ai|ei|ao|ou|an|en|ua|uo|ui|un|a|e|u)"
    r"|[bpmf](?:iao|ian|ang|eng|ing|ai|ei|ao|ou|an|en|ie|iu|in|a|o|i|u)"
    r"|[dtnl](?:iang|iao|ian|ing|ang|eng|ong|uan|ai|ei|ao|ou|an|en|ia|ie|iu|in|uo|ui|un|ve|ue|a|e|i|u|v)"
    r"|y(?:ang|ing|ong|uan|ao|ou|an|in|ue|un|a|e|i|u)"
    r"|w(?:ang|eng|ai|ei|an|en|a|o|u)"
    r"|(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e))"
)
_GIVEN = re.compile(rf"{_SYLLABLE}{{1,2}}")


def chinese_order(first: str, second: str) -> bool:
    """Whether "first second" is a Chinese name family name first: `first` one of China's common family names,
    `second` a given name of one or two pinyin syllables, capitalised as a name is ("Tang Xiaolu", "Zhang Wei",
    "Ouyang Jie"; not "Jie Chen", "Wei Zhang", "Ren Sato", "Lin Anderson")."""
    if not (first[:1].isupper() and second[:1].isupper() and second[1:].islower() and first[1:].islower()):
        return False
    family, given = fold(first), fold(second)
    if family not in _FAMILY or not _GIVEN.fullmatch(given):
        return False
    return not (given in _COMMONEST and family not in _COMMONEST)
