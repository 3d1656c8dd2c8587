"""The checker agrees with a coach on messages written from the course's principles.

Each coach set (``tests/fixtures/coach*_messages.yaml``) was written by a helper who never saw
the checker, in ordinary voices, and labelled with the coach's ready verdict and the problems
a coach would name. Its header records the first run, before the checker was tuned on it.
These tests keep the figures from sliding back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rapport.agreement import load_set, score
from rapport.checks.registry import BY_ID
from rapport.models import CHANNELS, RELATIONSHIPS

FIXTURES = Path(__file__).parent / "fixtures"
COACH_SETS = sorted(FIXTURES.glob("coach*_messages.yaml"))
BARS = {
    # set: (ready agreement, tag precision, tag F1), each a little under the figure measured
    # when the set became a fixture, so an honest improvement elsewhere can't fail it but a
    # regression will.
    "coach11_messages": (0.92, 0.80, 0.72),
    "coach12_messages": (0.96, 0.80, 0.77),
    "coach13_messages": (0.94, 0.75, 0.70),
    "coach14_messages": (0.94, 0.75, 0.71),
    "coach15_messages": (0.92, 0.66, 0.64),
    "coach16_messages": (0.97, 0.79, 0.77),
    "coach17_messages": (0.94, 0.74, 0.74),
    "coach18_messages": (0.97, 0.76, 0.75),
    "coach19_messages": (0.91, 0.82, 0.73),
    "coach20_messages": (0.97, 0.85, 0.74),
    "coach21_messages": (0.96, 0.77, 0.71),
    "coach22_messages": (0.95, 0.74, 0.72),
    "coach23_messages": (0.94, 0.75, 0.73),
    "coach24_messages": (0.91, 0.70, 0.65),
    "coach25_messages": (0.88, 0.78, 0.69),
    # From set 26 on, the coach model is trained on the set too: these bars hold the fit,
    # and the blind figures are in each set's header.
    # On 2026-12-05 the model was retrained on sets 11-738 instead of 11-221 (79,947 coach
    # messages instead of 23,187; see FIRST_HELD_OUT in benchmarks/train_coach_model.py).
    # Weighed against three times as many coaches, fourteen of the sets 30-126 lost up to six points
    # of precision (set 75: 0.888 -> 0.828) and four of F1, and their bars were lowered to
    # match; sets 11-221 pooled went from precision 0.926 to 0.912 and F1 0.935 to 0.925.
    # Sets 222-738 keep the bars of their first runs, when the model had not seen them;
    # trained on them, every one is above its bar.
    "coach26_messages": (0.97, 0.87, 0.90),
    "coach27_messages": (0.94, 0.87, 0.86),
    # Set 28's precision bar was 0.88: sets 46-47's coaches call "are you free to talk
    # sometime?" and "would love to connect!" vague asks, set 28's did not, and the model
    # trained on all of them now adds vague-ask to two of set 28's messages (0.872).
    "coach28_messages": (0.96, 0.86, 0.90),
    "coach29_messages": (0.94, 0.90, 0.87),
    # Sets 30, 44 and 47 lost a point or two of precision (0.86, 0.94, 0.90 before) when a
    # favour written as if the answer were yes began to get "no easy out" beside the big ask
    # or the pressure: coaches name it there about half the time (sets 26-51), and it was
    # never found at all before. Its precision bar was 0.83 until the vague ask took the
    # place of the bare greeting between friends ("yo u free later? need to ask u
    # something"), where coaches of sets 11-750 named the vague ask 53 times and the greeting
    # 18; set 30's coach named the greeting (0.821).
    "coach30_messages": (0.93, 0.82, 0.85),
    "coach31_messages": (0.92, 0.92, 0.88),
    "coach32_messages": (0.94, 0.81, 0.85),
    "coach33_messages": (0.95, 0.84, 0.87),
    "coach34_messages": (0.94, 0.91, 0.89),
    "coach35_messages": (0.92, 0.84, 0.86),
    "coach36_messages": (0.94, 0.84, 0.82),
    "coach37_messages": (0.92, 0.80, 0.81),
    "coach38_messages": (0.92, 0.88, 0.87),
    "coach39_messages": (0.93, 0.83, 0.82),
    "coach40_messages": (0.94, 0.89, 0.90),
    "coach41_messages": (0.95, 0.88, 0.88),
    # Sets 42 and 67 lost a point of precision (0.92, 0.91 before) when a big ask of a
    # stranger or loose contact with no way out began to get "no easy out" beside it: coaches
    # name it there about a third of the time (sets 26-69), and leave-one-set-out the sets
    # meeting every target went from 10 to 12 of 44.
    "coach42_messages": (0.96, 0.91, 0.92),
    "coach43_messages": (0.95, 0.89, 0.89),
    "coach44_messages": (0.95, 0.92, 0.92),
    "coach45_messages": (0.93, 0.94, 0.88),
    "coach46_messages": (0.93, 0.88, 0.85),
    # Set 47's precision fell from 0.870 to 0.866 when the model was trained on sets 86-89:
    # it now adds self-focus on two long messages whose coach named only their length.
    "coach47_messages": (0.92, 0.86, 0.84),
    "coach48_messages": (0.96, 0.83, 0.87),
    "coach49_messages": (0.94, 0.92, 0.91),
    "coach50_messages": (0.91, 0.91, 0.89),
    "coach51_messages": (0.95, 0.87, 0.88),
    "coach52_messages": (0.97, 0.91, 0.90),
    "coach53_messages": (0.98, 0.85, 0.87),
    "coach54_messages": (0.91, 0.85, 0.83),
    "coach55_messages": (0.96, 0.84, 0.88),
    "coach56_messages": (0.96, 0.88, 0.90),
    "coach57_messages": (0.96, 0.87, 0.88),
    "coach58_messages": (0.95, 0.90, 0.87),
    # Sets 47 and 59 lost a point of precision (0.88, 0.89 before) when the model was trained
    # on sets 78-81 too: one more "self-focus" on a long, warm email in each, the kind of
    # message whose coaches named only "too long".
    "coach59_messages": (0.93, 0.88, 0.87),
    # Trained also on sets 114-117, the model lets a vague ask ("hear your advice") through
    # beside the flattery on one message whose coach named only the flattery and the praise.
    "coach60_messages": (0.97, 0.91, 0.91),
    "coach61_messages": (0.96, 0.93, 0.90),
    "coach62_messages": (0.96, 0.88, 0.87),
    # Sets 63, 66, 76, 102 and 128 lost a point of precision or less (0.93, 0.92, 0.86, 0.87,
    # 0.94 before) when the model was retrained on sets 11-221 instead of 11-129: it now weighs
    # 23,187 coach messages instead of 13,067. Set 63 also lost a point of F1 (0.90 before).
    "coach63_messages": (0.96, 0.90, 0.89),
    "coach64_messages": (0.96, 0.87, 0.87),
    "coach65_messages": (0.97, 0.88, 0.90),
    # Sets 66, 94, 103, 107, 250 and 299 lost under a point of precision (0.91 before) when a
    # missing name began to be named beside a lone "no context" or "vague ask": coaches
    # labelled it there 116 times and not 51 (sets 11-325), and most of the 51 notes still
    # say "sign it".
    "coach66_messages": (0.97, 0.88, 0.90),
    "coach67_messages": (0.96, 0.90, 0.88),
    "coach68_messages": (0.96, 0.91, 0.90),
    "coach69_messages": (0.97, 0.91, 0.91),
    "coach70_messages": (0.96, 0.91, 0.91),
    # Trained also on sets 118-121, the model adds "no specific interest" to a few stranger
    # mentor requests and how-do-I questions whose coaches named only their flattery or size.
    "coach71_messages": (0.95, 0.89, 0.90),
    "coach72_messages": (0.95, 0.89, 0.91),
    "coach73_messages": (0.96, 0.92, 0.90),
    "coach74_messages": (0.93, 0.90, 0.89),
    # Trained also on sets 118-121, the model adds "no specific interest" to a few stranger
    # mentor requests and how-do-I questions whose coaches named only their flattery or size.
    "coach75_messages": (0.92, 0.81, 0.85),
    "coach76_messages": (0.93, 0.85, 0.86),
    "coach77_messages": (0.95, 0.88, 0.84),
    "coach78_messages": (0.94, 0.94, 0.90),
    "coach79_messages": (0.97, 0.92, 0.90),
    "coach80_messages": (0.96, 0.95, 0.90),
    # Set 81 was at 0.889 precision when it became a fixture and at 0.867 once the model was
    # trained on sets 82-85 too (two more findings its coach left unnamed).
    "coach81_messages": (0.92, 0.86, 0.85),
    "coach82_messages": (0.92, 0.84, 0.85),
    "coach83_messages": (0.92, 0.85, 0.83),
    "coach84_messages": (0.92, 0.89, 0.88),
    "coach85_messages": (0.94, 0.92, 0.90),
    "coach86_messages": (0.94, 0.86, 0.89),
    "coach87_messages": (0.98, 0.90, 0.91),
    "coach88_messages": (0.97, 0.92, 0.92),
    "coach89_messages": (0.95, 0.89, 0.88),
    "coach90_messages": (0.95, 0.86, 0.86),
    "coach91_messages": (0.96, 0.90, 0.90),
    "coach92_messages": (0.97, 0.91, 0.89),
    "coach93_messages": (0.97, 0.89, 0.88),
    # Sets 94, 102 and 104 lost a point of precision or less (0.88, 0.86, 0.88 before) when
    # the coach model's own "no easy out" began to stand beside one big ask, pressure,
    # transactional frame or order, as the rule's own does (over every coach set: 167
    # findings made right, 66 wrong; on the held-out sets 222-237 F1 0.853 -> 0.857).
    # Lost under a point of precision (0.87 before) with the name beside a lone "no context"
    # or "vague ask": see set 66.
    "coach94_messages": (0.96, 0.86, 0.88),
    "coach95_messages": (0.94, 0.89, 0.86),
    "coach96_messages": (0.94, 0.87, 0.88),
    "coach97_messages": (0.96, 0.93, 0.91),
    "coach98_messages": (0.96, 0.88, 0.89),
    "coach99_messages": (0.97, 0.89, 0.88),
    "coach100_messages": (0.96, 0.89, 0.91),
    "coach101_messages": (0.96, 0.91, 0.88),
    "coach102_messages": (0.95, 0.85, 0.87),
    # Lost under a point of precision (0.90 before) with the name beside a lone "no context"
    # or "vague ask": see set 66.
    "coach103_messages": (0.97, 0.89, 0.91),
    "coach104_messages": (0.94, 0.87, 0.90),
    "coach105_messages": (0.96, 0.93, 0.92),
    "coach106_messages": (0.97, 0.97, 0.94),
    # Lost under a point of precision (0.92 before) with the name beside a lone "no context"
    # or "vague ask": see set 66.
    "coach107_messages": (0.96, 0.89, 0.91),
    "coach108_messages": (0.95, 0.86, 0.90),
    "coach109_messages": (0.97, 0.84, 0.90),
    "coach110_messages": (0.96, 0.90, 0.88),
    "coach111_messages": (0.97, 0.89, 0.91),
    "coach112_messages": (0.94, 0.86, 0.87),
    "coach113_messages": (0.96, 0.88, 0.86),
    "coach114_messages": (0.94, 0.95, 0.91),
    "coach115_messages": (0.96, 0.96, 0.93),
    "coach116_messages": (0.95, 0.87, 0.88),
    # Trained also on sets 118-121, the model adds "no specific interest" to a few stranger
    # mentor requests and how-do-I questions whose coaches named only their flattery or size.
    "coach117_messages": (0.95, 0.88, 0.91),
    "coach118_messages": (0.97, 0.88, 0.89),
    "coach119_messages": (0.96, 0.88, 0.90),
    "coach120_messages": (0.94, 0.87, 0.89),
    "coach121_messages": (0.96, 0.91, 0.94),
    "coach122_messages": (0.98, 0.91, 0.93),
    "coach123_messages": (0.97, 0.89, 0.89),
    "coach124_messages": (0.97, 0.93, 0.90),
    "coach125_messages": (0.95, 0.94, 0.91),
    # Set 126's precision bar was 0.93: the model no longer adds a big ask between friends
    # (1 right in 19 on the held-out sets, and the course puts a referral within what a
    # friend may be asked), and two of its friend favours now show the pressure or the
    # missing way out this set's coach did not name beside them (0.922).
    "coach126_messages": (0.98, 0.90, 0.92),
    "coach127_messages": (0.94, 0.89, 0.88),
    "coach128_messages": (0.98, 0.93, 0.90),
    "coach129_messages": (0.96, 0.95, 0.94),
    # Kept out of training until the retraining on 11-221 (FIRST_HELD_OUT in
    # benchmarks/train_coach_model.py): first runs, with the model trained on 11-129.
    "coach130_messages": (0.94, 0.75, 0.75),
    "coach131_messages": (0.91, 0.82, 0.78),
    "coach132_messages": (0.95, 0.89, 0.80),
    "coach133_messages": (0.95, 0.88, 0.84),
    # Also kept out of training; first runs at 52d6641.
    "coach134_messages": (0.93, 0.90, 0.86),
    "coach135_messages": (0.92, 0.86, 0.83),
    "coach136_messages": (0.94, 0.90, 0.84),
    "coach137_messages": (0.94, 0.87, 0.81),
    # Also kept out of training; first runs at 77b8c27.
    "coach138_messages": (0.92, 0.85, 0.83),
    "coach139_messages": (0.96, 0.91, 0.87),
    "coach140_messages": (0.95, 0.85, 0.83),
    "coach141_messages": (0.95, 0.88, 0.86),
    # Also kept out of training; first runs at f5945a9.
    "coach142_messages": (0.89, 0.93, 0.80),
    "coach143_messages": (0.95, 0.86, 0.85),
    "coach144_messages": (0.92, 0.80, 0.81),
    "coach145_messages": (0.95, 0.79, 0.78),
    # Also kept out of training; first runs at a5cc4bc.
    "coach146_messages": (0.94, 0.90, 0.89),
    "coach147_messages": (0.94, 0.86, 0.82),
    "coach148_messages": (0.90, 0.84, 0.81),
    "coach149_messages": (0.95, 0.78, 0.79),
    # Also kept out of training; first runs at df29be8, the session's final rules.
    "coach150_messages": (0.87, 0.90, 0.80),
    "coach151_messages": (0.94, 0.79, 0.80),
    "coach152_messages": (0.86, 0.81, 0.77),
    "coach153_messages": (0.93, 0.86, 0.79),
    # Also kept out of training; first runs at cf1d1ed, the last session's final rules.
    "coach154_messages": (0.96, 0.89, 0.86),
    "coach155_messages": (0.94, 0.83, 0.84),
    "coach156_messages": (0.92, 0.80, 0.77),
    "coach157_messages": (0.90, 0.80, 0.80),
    # Also kept out of training; first runs at 95ba7d1 (after the fixes from 154-157).
    "coach158_messages": (0.94, 0.87, 0.84),
    "coach159_messages": (0.95, 0.87, 0.86),
    "coach160_messages": (0.89, 0.85, 0.84),
    "coach161_messages": (0.96, 0.89, 0.85),
    # Also kept out of training; first runs at 7edd450 (after the fixes from 158-161).
    "coach162_messages": (0.90, 0.84, 0.81),
    "coach163_messages": (0.92, 0.88, 0.85),
    "coach164_messages": (0.97, 0.88, 0.87),
    "coach165_messages": (0.97, 0.86, 0.86),
    # Also kept out of training; first runs at 35162b9 (after the fixes from 162-165).
    "coach166_messages": (0.90, 0.90, 0.83),
    "coach167_messages": (0.93, 0.82, 0.81),
    "coach168_messages": (0.89, 0.86, 0.82),
    "coach169_messages": (0.95, 0.86, 0.84),
    # Also kept out of training; first runs at 1edbba2 (after the fixes from 166-169).
    "coach170_messages": (0.94, 0.80, 0.82),
    "coach171_messages": (0.94, 0.87, 0.87),
    "coach172_messages": (0.89, 0.85, 0.80),
    "coach173_messages": (0.93, 0.82, 0.82),
    # Also kept out of training; first runs at 610a564, the session's final rules: nothing was
    # changed from them.
    "coach174_messages": (0.92, 0.87, 0.83),
    "coach175_messages": (0.94, 0.87, 0.81),
    "coach176_messages": (0.97, 0.86, 0.86),
    "coach177_messages": (0.96, 0.87, 0.88),
    # Also kept out of training; first runs at 621def5, before any rule was changed from them.
    "coach178_messages": (0.96, 0.79, 0.79),
    "coach179_messages": (0.96, 0.89, 0.86),
    "coach180_messages": (0.90, 0.85, 0.81),
    "coach181_messages": (0.91, 0.84, 0.83),
    "coach182_messages": (0.94, 0.82, 0.81),
    "coach183_messages": (0.95, 0.86, 0.83),
    "coach184_messages": (0.93, 0.85, 0.83),
    "coach185_messages": (0.93, 0.80, 0.82),
    # Also kept out of training; first runs at 859b228, whose rules are 621def5's (that
    # session changed only the speed of the checker).
    "coach186_messages": (0.92, 0.86, 0.79),
    "coach187_messages": (0.94, 0.85, 0.82),
    "coach188_messages": (0.95, 0.89, 0.82),
    "coach189_messages": (0.90, 0.86, 0.83),
    # Also kept out of training; first runs at 9c3b8c8, whose rules are 621def5's.
    "coach190_messages": (0.91, 0.81, 0.81),
    "coach191_messages": (0.92, 0.86, 0.85),
    "coach192_messages": (0.94, 0.88, 0.87),
    "coach193_messages": (0.94, 0.86, 0.87),
    "coach194_messages": (0.87, 0.85, 0.84),
    "coach195_messages": (0.94, 0.88, 0.83),
    "coach196_messages": (0.95, 0.82, 0.84),
    "coach197_messages": (0.95, 0.88, 0.87),
    # Also kept out of training; first runs at 102b6f4, after the fixes from 185-197.
    "coach198_messages": (0.94, 0.83, 0.79),
    "coach199_messages": (0.92, 0.85, 0.84),
    "coach200_messages": (0.95, 0.85, 0.85),
    "coach201_messages": (0.93, 0.83, 0.81),
    "coach202_messages": (0.93, 0.88, 0.86),
    "coach203_messages": (0.91, 0.85, 0.85),
    "coach204_messages": (0.93, 0.87, 0.86),
    "coach205_messages": (0.92, 0.89, 0.82),
    # Also kept out of training; first runs at eb7e834, after the fixes from 198-205.
    "coach206_messages": (0.95, 0.87, 0.85),
    "coach207_messages": (0.89, 0.90, 0.83),
    "coach208_messages": (0.95, 0.91, 0.91),
    "coach209_messages": (0.90, 0.84, 0.82),
    # Also kept out of training; first runs at f9a35c3, the session's final rules.
    "coach210_messages": (0.89, 0.79, 0.78),
    "coach211_messages": (0.95, 0.83, 0.81),
    "coach212_messages": (0.94, 0.90, 0.87),
    "coach213_messages": (0.89, 0.78, 0.76),
    # A fifth round, first runs at 387f6ab (the model trained on 11-129), in training since
    # aa48023.
    "coach214_messages": (0.88, 0.86, 0.80),
    "coach215_messages": (0.94, 0.86, 0.87),
    "coach216_messages": (0.91, 0.85, 0.76),
    "coach217_messages": (0.97, 0.91, 0.87),
    "coach218_messages": (0.94, 0.85, 0.83),
    "coach219_messages": (0.96, 0.86, 0.82),
    "coach220_messages": (0.94, 0.89, 0.82),
    "coach221_messages": (0.95, 0.86, 0.85),
    # Kept out of training by the model trained on 11-221; a sixth round, first runs at aa48023.
    "coach222_messages": (0.90, 0.86, 0.84),
    "coach223_messages": (0.90, 0.89, 0.79),
    "coach224_messages": (0.96, 0.91, 0.86),
    "coach225_messages": (0.96, 0.91, 0.90),
    "coach226_messages": (0.94, 0.89, 0.86),
    "coach227_messages": (0.93, 0.84, 0.85),
    # Set 228's F1 bar was 0.84: a "Catching up" subject beside a request dressed as a
    # catch-up is no longer named (its coach did name it once), which leaves F1 at 0.8398.
    "coach228_messages": (0.96, 0.86, 0.83),
    "coach229_messages": (0.91, 0.89, 0.84),
    # Also kept out of training; a seventh round, first runs at 0e40370.
    "coach230_messages": (0.89, 0.86, 0.82),
    "coach231_messages": (0.94, 0.84, 0.84),
    "coach232_messages": (0.91, 0.88, 0.84),
    "coach233_messages": (0.92, 0.84, 0.80),
    "coach234_messages": (0.92, 0.87, 0.83),
    "coach235_messages": (0.89, 0.84, 0.83),
    "coach236_messages": (0.93, 0.87, 0.81),
    "coach237_messages": (0.96, 0.83, 0.86),
    # Also kept out of training; an eighth round, first runs at e40ca21.
    "coach238_messages": (0.91, 0.86, 0.85),
    "coach239_messages": (0.94, 0.85, 0.86),
    "coach240_messages": (0.91, 0.86, 0.76),
    "coach241_messages": (0.93, 0.87, 0.83),
    "coach242_messages": (0.96, 0.88, 0.87),
    "coach243_messages": (0.93, 0.81, 0.81),
    "coach244_messages": (0.96, 0.86, 0.85),
    "coach245_messages": (0.95, 0.88, 0.86),
    # Also kept out of training; a ninth round, first runs at 816e115.
    "coach246_messages": (0.93, 0.92, 0.87),
    "coach247_messages": (0.94, 0.80, 0.82),
    "coach248_messages": (0.93, 0.88, 0.84),
    "coach249_messages": (0.94, 0.88, 0.84),
    # Lost under a point of precision (0.86 before) with the name beside a lone "no context"
    # or "vague ask": see set 66.
    "coach250_messages": (0.92, 0.85, 0.83),
    "coach251_messages": (0.91, 0.84, 0.87),
    "coach252_messages": (0.96, 0.77, 0.81),
    "coach253_messages": (0.94, 0.82, 0.82),
    # Also kept out of training; a tenth round, first runs at 6039bff.
    "coach254_messages": (0.92, 0.91, 0.83),
    "coach255_messages": (0.93, 0.84, 0.82),
    "coach256_messages": (0.91, 0.87, 0.81),
    "coach257_messages": (0.93, 0.85, 0.85),
    "coach258_messages": (0.91, 0.88, 0.84),
    "coach259_messages": (0.98, 0.91, 0.85),
    "coach260_messages": (0.94, 0.83, 0.85),
    "coach261_messages": (0.93, 0.83, 0.86),
    # Also kept out of training; an eleventh round, first runs at a46f77f.
    "coach262_messages": (0.96, 0.80, 0.81),
    "coach263_messages": (0.95, 0.90, 0.86),
    "coach264_messages": (0.91, 0.82, 0.81),
    "coach265_messages": (0.95, 0.80, 0.79),
    "coach266_messages": (0.94, 0.87, 0.86),
    "coach267_messages": (0.92, 0.89, 0.86),
    "coach268_messages": (0.95, 0.84, 0.81),
    "coach269_messages": (0.93, 0.87, 0.86),
    # Also kept out of training; a twelfth round, first runs at f8587b7.
    "coach270_messages": (0.95, 0.80, 0.81),
    "coach271_messages": (0.95, 0.90, 0.86),
    "coach272_messages": (0.94, 0.90, 0.83),
    "coach273_messages": (0.93, 0.82, 0.77),
    "coach274_messages": (0.95, 0.81, 0.83),
    "coach275_messages": (0.93, 0.80, 0.79),
    "coach276_messages": (0.91, 0.86, 0.81),
    "coach277_messages": (0.94, 0.84, 0.85),
    # Also kept out of training; a thirteenth round, first runs at 23c8b61.
    "coach278_messages": (0.89, 0.88, 0.81),
    "coach279_messages": (0.95, 0.79, 0.82),
    "coach280_messages": (0.99, 0.88, 0.88),
    "coach281_messages": (0.95, 0.82, 0.86),
    "coach282_messages": (0.98, 0.85, 0.84),
    "coach283_messages": (0.96, 0.88, 0.84),
    "coach284_messages": (0.91, 0.82, 0.82),
    "coach285_messages": (0.95, 0.89, 0.89),
    # Also kept out of training; a fourteenth round, first runs at c7325c6.
    "coach286_messages": (0.96, 0.87, 0.85),
    "coach287_messages": (0.93, 0.87, 0.85),
    "coach288_messages": (0.90, 0.87, 0.82),
    "coach289_messages": (0.95, 0.83, 0.86),
    "coach290_messages": (0.94, 0.87, 0.88),
    "coach291_messages": (0.93, 0.87, 0.82),
    "coach292_messages": (0.96, 0.90, 0.88),
    "coach293_messages": (0.92, 0.86, 0.82),
    # Also kept out of training; a fifteenth round, first runs at d4ab977.
    "coach294_messages": (0.96, 0.87, 0.83),
    "coach295_messages": (0.94, 0.84, 0.86),
    "coach296_messages": (0.93, 0.93, 0.84),
    "coach297_messages": (0.95, 0.92, 0.90),
    "coach298_messages": (0.93, 0.91, 0.88),
    # Lost a point of precision and F1 (0.90, 0.89 before) with the name beside a lone "no
    # context" or "vague ask": see set 66.
    "coach299_messages": (0.98, 0.88, 0.88),
    "coach300_messages": (0.94, 0.87, 0.82),
    "coach301_messages": (0.93, 0.89, 0.85),
    # Also kept out of training; a sixteenth round, first runs at 753437d.
    "coach302_messages": (0.97, 0.89, 0.89),
    "coach303_messages": (0.89, 0.90, 0.82),
    "coach304_messages": (0.90, 0.87, 0.87),
    "coach305_messages": (0.92, 0.84, 0.82),
    "coach306_messages": (0.94, 0.88, 0.88),
    "coach307_messages": (0.91, 0.85, 0.83),
    "coach308_messages": (0.92, 0.83, 0.83),
    "coach309_messages": (0.87, 0.74, 0.74),
    # Also kept out of training; a seventeenth round, first runs at 877d923.
    "coach310_messages": (0.97, 0.87, 0.86),
    "coach311_messages": (0.93, 0.91, 0.85),
    "coach312_messages": (0.97, 0.95, 0.93),
    "coach313_messages": (0.92, 0.86, 0.85),
    "coach314_messages": (0.91, 0.77, 0.78),
    "coach315_messages": (0.90, 0.88, 0.83),
    "coach316_messages": (0.89, 0.85, 0.80),
    "coach317_messages": (0.92, 0.86, 0.85),
    # Also kept out of training; an eighteenth round of four, first runs at 913781b.
    "coach318_messages": (0.93, 0.89, 0.88),
    "coach319_messages": (0.93, 0.87, 0.85),
    "coach320_messages": (0.94, 0.86, 0.86),
    "coach321_messages": (0.94, 0.82, 0.81),
    # Also kept out of training; a nineteenth round, of three, first runs at f0d552f.
    "coach323_messages": (0.95, 0.86, 0.87),
    "coach324_messages": (0.93, 0.82, 0.80),
    "coach325_messages": (0.92, 0.92, 0.84),
    # Also kept out of training; a twentieth round, first runs at e9248fc.
    "coach326_messages": (0.90, 0.82, 0.83),
    "coach327_messages": (0.95, 0.88, 0.87),
    "coach328_messages": (0.88, 0.79, 0.84),
    "coach329_messages": (0.93, 0.91, 0.90),
    "coach330_messages": (0.92, 0.86, 0.84),
    "coach331_messages": (0.93, 0.88, 0.80),
    "coach332_messages": (0.94, 0.86, 0.81),
    "coach333_messages": (0.94, 0.84, 0.84),
    # Also kept out of training; a twenty-first round, first runs at 0d7982f.
    "coach334_messages": (0.93, 0.82, 0.80),
    "coach335_messages": (0.93, 0.86, 0.86),
    "coach336_messages": (0.95, 0.82, 0.83),
    "coach337_messages": (0.96, 0.90, 0.89),
    "coach338_messages": (0.95, 0.92, 0.88),
    "coach339_messages": (0.94, 0.77, 0.79),
    "coach340_messages": (0.95, 0.90, 0.88),
    "coach341_messages": (0.96, 0.93, 0.88),
    # Also kept out of training; a twenty-second round, first runs at cdcebf8.
    "coach342_messages": (0.89, 0.85, 0.84),
    "coach343_messages": (0.93, 0.82, 0.80),
    "coach344_messages": (0.95, 0.84, 0.83),
    "coach345_messages": (0.93, 0.81, 0.85),
    "coach346_messages": (0.94, 0.89, 0.86),
    "coach347_messages": (0.96, 0.87, 0.88),
    "coach348_messages": (0.93, 0.87, 0.88),
    "coach349_messages": (0.93, 0.81, 0.80),
    # Also kept out of training; a twenty-third round, first runs at 52b658d.
    "coach350_messages": (0.92, 0.82, 0.83),
    "coach351_messages": (0.94, 0.89, 0.87),
    "coach352_messages": (0.94, 0.90, 0.84),
    "coach353_messages": (0.94, 0.90, 0.88),
    "coach354_messages": (0.95, 0.92, 0.88),
    "coach355_messages": (0.95, 0.91, 0.86),
    "coach356_messages": (0.93, 0.91, 0.85),
    "coach357_messages": (0.95, 0.81, 0.78),
    # Also kept out of training; a twenty-fourth round, first runs at bd3ccd1.
    "coach358_messages": (0.94, 0.84, 0.86),
    "coach359_messages": (0.89, 0.78, 0.76),
    "coach360_messages": (0.97, 0.80, 0.80),
    "coach361_messages": (0.93, 0.91, 0.88),
    "coach362_messages": (0.94, 0.89, 0.86),
    "coach363_messages": (0.94, 0.88, 0.84),
    "coach364_messages": (0.94, 0.88, 0.81),
    "coach365_messages": (0.95, 0.91, 0.89),
    # Also kept out of training; a twenty-fifth round, first runs at 5836351.
    "coach366_messages": (0.95, 0.86, 0.85),
    "coach367_messages": (0.96, 0.91, 0.89),
    "coach368_messages": (0.95, 0.84, 0.88),
    "coach369_messages": (0.95, 0.88, 0.89),
    "coach370_messages": (0.97, 0.89, 0.88),
    "coach371_messages": (0.97, 0.82, 0.86),
    "coach372_messages": (0.95, 0.80, 0.76),
    "coach373_messages": (0.92, 0.88, 0.86),
    # Also kept out of training; a twenty-sixth round, first runs at 8326649.
    "coach374_messages": (0.92, 0.82, 0.81),
    "coach375_messages": (0.93, 0.77, 0.78),
    "coach376_messages": (0.96, 0.85, 0.84),
    "coach377_messages": (0.89, 0.80, 0.83),
    "coach378_messages": (0.94, 0.88, 0.89),
    "coach379_messages": (0.94, 0.93, 0.89),
    # Also kept out of training; a twenty-seventh round, first runs at ffbf31b.
    "coach380_messages": (0.92, 0.89, 0.83),
    "coach381_messages": (0.90, 0.80, 0.82),
    "coach382_messages": (0.94, 0.80, 0.80),
    "coach383_messages": (0.91, 0.83, 0.82),
    "coach384_messages": (0.97, 0.86, 0.81),
    "coach385_messages": (0.93, 0.82, 0.78),
    "coach386_messages": (0.92, 0.84, 0.84),
    "coach387_messages": (0.94, 0.89, 0.86),
    # Also kept out of training; a twenty-eighth round, first runs at a7f132f.
    "coach388_messages": (0.93, 0.84, 0.82),
    "coach389_messages": (0.96, 0.83, 0.84),
    "coach390_messages": (0.95, 0.86, 0.85),
    "coach391_messages": (0.93, 0.87, 0.84),
    "coach392_messages": (0.90, 0.88, 0.85),
    "coach393_messages": (0.89, 0.81, 0.81),
    "coach394_messages": (0.94, 0.86, 0.85),
    "coach395_messages": (0.90, 0.85, 0.79),
    # Also kept out of training; a twenty-ninth round, first runs at 22c1c16.
    "coach396_messages": (0.96, 0.88, 0.87),
    "coach397_messages": (0.95, 0.85, 0.87),
    "coach398_messages": (0.95, 0.80, 0.81),
    "coach399_messages": (0.93, 0.85, 0.84),
    "coach400_messages": (0.95, 0.83, 0.86),
    "coach401_messages": (0.95, 0.90, 0.87),
    "coach402_messages": (0.92, 0.81, 0.82),
    "coach403_messages": (0.95, 0.94, 0.90),
    # Also kept out of training; a thirtieth round, first runs at 0a880a8.
    "coach404_messages": (0.91, 0.86, 0.81),
    "coach405_messages": (0.95, 0.86, 0.87),
    "coach406_messages": (0.89, 0.86, 0.86),
    "coach407_messages": (0.98, 0.83, 0.85),
    "coach408_messages": (0.94, 0.81, 0.76),
    "coach409_messages": (0.95, 0.88, 0.89),
    "coach410_messages": (0.89, 0.88, 0.83),
    "coach411_messages": (0.97, 0.89, 0.89),
    # Also kept out of training; a thirty-first round, first runs at 7ef8d5f (the code of 0a880a8).
    "coach412_messages": (0.96, 0.87, 0.86),
    "coach413_messages": (0.93, 0.89, 0.85),
    "coach414_messages": (0.99, 0.92, 0.88),
    "coach415_messages": (0.91, 0.86, 0.85),
    "coach416_messages": (0.92, 0.89, 0.87),
    "coach417_messages": (0.86, 0.81, 0.80),
    "coach418_messages": (0.94, 0.88, 0.88),
    "coach419_messages": (0.92, 0.91, 0.88),
    # Also kept out of training; a thirty-second round, first runs at 0c8fcc5.
    "coach420_messages": (0.94, 0.88, 0.87),
    "coach421_messages": (0.96, 0.87, 0.89),
    "coach422_messages": (0.89, 0.87, 0.79),
    "coach423_messages": (0.94, 0.88, 0.88),
    "coach424_messages": (0.91, 0.84, 0.79),
    "coach425_messages": (0.93, 0.90, 0.86),
    "coach426_messages": (0.93, 0.87, 0.86),
    "coach427_messages": (0.92, 0.91, 0.86),
    # Also kept out of training; a thirty-third round, first runs at 861cb00 (the code of 08c40f9).
    "coach428_messages": (0.90, 0.82, 0.82),
    "coach429_messages": (0.91, 0.86, 0.83),
    "coach430_messages": (0.94, 0.79, 0.81),
    "coach431_messages": (0.96, 0.86, 0.86),
    "coach432_messages": (0.93, 0.81, 0.85),
    "coach433_messages": (0.95, 0.88, 0.86),
    "coach434_messages": (0.93, 0.85, 0.83),
    "coach435_messages": (0.94, 0.89, 0.86),
    # Also kept out of training; a thirty-fourth round, first runs at f8a7a85 (the code of 08c40f9).
    "coach436_messages": (0.95, 0.86, 0.85),
    "coach437_messages": (0.89, 0.83, 0.82),
    "coach438_messages": (0.94, 0.83, 0.83),
    "coach439_messages": (0.94, 0.87, 0.81),
    "coach440_messages": (0.92, 0.84, 0.79),
    "coach441_messages": (0.94, 0.86, 0.87),
    "coach442_messages": (0.94, 0.94, 0.89),
    "coach443_messages": (0.95, 0.87, 0.87),
    # Also kept out of training; a thirty-fifth round, first runs at 42a45d4.
    "coach444_messages": (0.95, 0.83, 0.84),
    "coach445_messages": (0.92, 0.86, 0.82),
    "coach446_messages": (0.95, 0.84, 0.86),
    "coach447_messages": (0.96, 0.88, 0.88),
    "coach448_messages": (0.94, 0.85, 0.88),
    "coach449_messages": (0.94, 0.83, 0.85),
    "coach450_messages": (0.96, 0.89, 0.88),
    "coach451_messages": (0.93, 0.79, 0.81),
    # Also kept out of training; a thirty-sixth round, first runs at 9998d86.
    "coach452_messages": (0.89, 0.89, 0.79),
    "coach453_messages": (0.96, 0.89, 0.87),
    "coach454_messages": (0.96, 0.84, 0.86),
    "coach455_messages": (0.93, 0.88, 0.84),
    "coach456_messages": (0.92, 0.84, 0.85),
    "coach457_messages": (0.96, 0.86, 0.89),
    "coach458_messages": (0.91, 0.91, 0.84),
    "coach459_messages": (0.94, 0.82, 0.77),
    # Also kept out of training; a thirty-seventh round, first runs at 88dc632 (the final code).
    "coach460_messages": (0.97, 0.87, 0.90),
    "coach461_messages": (0.96, 0.86, 0.83),
    "coach462_messages": (0.94, 0.83, 0.82),
    "coach463_messages": (0.93, 0.81, 0.83),
    "coach464_messages": (0.93, 0.83, 0.86),
    "coach465_messages": (0.95, 0.94, 0.90),
    "coach466_messages": (0.96, 0.88, 0.88),
    "coach467_messages": (0.95, 0.91, 0.88),
    # Also kept out of training; a thirty-eighth round, first runs at 114b45b.
    "coach468_messages": (0.96, 0.88, 0.87),
    "coach469_messages": (0.95, 0.89, 0.88),
    "coach470_messages": (0.95, 0.83, 0.87),
    "coach471_messages": (0.97, 0.88, 0.85),
    "coach472_messages": (0.96, 0.90, 0.88),
    "coach473_messages": (0.94, 0.85, 0.86),
    "coach474_messages": (0.95, 0.84, 0.86),
    "coach475_messages": (0.98, 0.89, 0.91),
    # Also kept out of training; a thirty-ninth round, first runs at b97f18f.
    "coach476_messages": (0.94, 0.88, 0.85),
    "coach477_messages": (0.96, 0.80, 0.86),
    "coach478_messages": (0.94, 0.78, 0.80),
    "coach479_messages": (0.94, 0.85, 0.85),
    "coach480_messages": (0.94, 0.85, 0.88),
    "coach481_messages": (0.92, 0.86, 0.82),
    "coach482_messages": (0.96, 0.87, 0.88),
    "coach483_messages": (0.94, 0.85, 0.86),
    # Also kept out of training; a fortieth round, first runs at 5ee1ac9.
    "coach484_messages": (0.93, 0.88, 0.84),
    "coach485_messages": (0.94, 0.84, 0.84),
    "coach486_messages": (0.92, 0.93, 0.88),
    "coach487_messages": (0.93, 0.88, 0.83),
    "coach488_messages": (0.95, 0.86, 0.88),
    "coach489_messages": (0.89, 0.88, 0.75),
    "coach490_messages": (0.92, 0.79, 0.79),
    "coach491_messages": (0.97, 0.85, 0.84),
    # Also kept out of training; a forty-first round, first runs at 53d43fe.
    "coach492_messages": (0.96, 0.85, 0.87),
    "coach493_messages": (0.98, 0.84, 0.86),
    "coach494_messages": (0.97, 0.87, 0.86),
    "coach495_messages": (0.93, 0.84, 0.85),
    "coach496_messages": (0.92, 0.85, 0.83),
    "coach497_messages": (0.97, 0.86, 0.86),
    "coach498_messages": (0.96, 0.85, 0.84),
    "coach499_messages": (0.94, 0.78, 0.79),
    # Also kept out of training; a forty-second round, first runs at f37c31a.
    "coach500_messages": (0.87, 0.86, 0.79),
    "coach501_messages": (0.96, 0.87, 0.87),
    "coach502_messages": (0.94, 0.82, 0.81),
    "coach503_messages": (0.96, 0.84, 0.81),
    "coach504_messages": (0.96, 0.87, 0.86),
    "coach505_messages": (0.96, 0.85, 0.86),
    "coach506_messages": (0.93, 0.94, 0.88),
    "coach507_messages": (0.93, 0.89, 0.87),
    # Also kept out of training; a forty-third round, first runs at dde54b0.
    "coach508_messages": (0.94, 0.87, 0.83),
    "coach509_messages": (0.94, 0.85, 0.84),
    "coach510_messages": (0.94, 0.85, 0.83),
    "coach511_messages": (0.97, 0.84, 0.82),
    "coach512_messages": (0.98, 0.80, 0.82),
    "coach513_messages": (0.98, 0.87, 0.86),
    "coach514_messages": (0.96, 0.90, 0.86),
    "coach515_messages": (0.96, 0.79, 0.80),
    # Also kept out of training; a forty-fourth round, first runs at 72b2970.
    "coach516_messages": (0.92, 0.82, 0.81),
    "coach517_messages": (0.92, 0.91, 0.87),
    "coach518_messages": (0.93, 0.91, 0.85),
    "coach519_messages": (0.93, 0.80, 0.81),
    "coach520_messages": (0.96, 0.86, 0.85),
    "coach521_messages": (0.95, 0.80, 0.81),
    "coach522_messages": (0.95, 0.79, 0.80),
    "coach523_messages": (0.92, 0.79, 0.77),
    # Also kept out of training; a forty-fifth round, first runs at 964dbeb.
    "coach524_messages": (0.96, 0.84, 0.85),
    "coach525_messages": (0.94, 0.86, 0.83),
    "coach526_messages": (0.95, 0.86, 0.83),
    "coach527_messages": (0.98, 0.80, 0.81),
    "coach528_messages": (0.99, 0.89, 0.89),
    "coach529_messages": (0.93, 0.83, 0.85),
    "coach530_messages": (0.91, 0.87, 0.84),
    "coach531_messages": (0.96, 0.83, 0.83),
    # Also kept out of training; a forty-sixth round, first runs at 02f4c3d.
    "coach532_messages": (0.90, 0.83, 0.80),
    "coach533_messages": (0.95, 0.86, 0.88),
    "coach534_messages": (0.96, 0.90, 0.91),
    "coach535_messages": (0.96, 0.84, 0.82),
    "coach536_messages": (0.96, 0.87, 0.87),
    "coach537_messages": (0.96, 0.80, 0.82),
    "coach538_messages": (0.96, 0.84, 0.85),
    "coach539_messages": (0.95, 0.81, 0.85),
    # Also kept out of training; a forty-seventh round, first runs at 34db4e7.
    "coach540_messages": (0.96, 0.84, 0.87),
    "coach541_messages": (0.96, 0.86, 0.83),
    "coach542_messages": (0.93, 0.83, 0.82),
    "coach543_messages": (0.95, 0.91, 0.85),
    "coach544_messages": (0.93, 0.84, 0.79),
    "coach545_messages": (0.92, 0.84, 0.79),
    "coach546_messages": (0.9, 0.88, 0.85),
    "coach547_messages": (0.94, 0.85, 0.83),
    # Also kept out of training; a forty-eighth round, first runs at eb74f29.
    "coach548_messages": (0.96, 0.83, 0.85),
    "coach549_messages": (0.93, 0.83, 0.8),
    "coach550_messages": (0.95, 0.84, 0.84),
    "coach551_messages": (0.96, 0.83, 0.84),
    "coach552_messages": (0.95, 0.85, 0.84),
    "coach553_messages": (0.92, 0.85, 0.86),
    "coach554_messages": (0.97, 0.86, 0.85),
    "coach555_messages": (0.94, 0.89, 0.86),
    # Also kept out of training; a forty-ninth round, first runs at 859ca59.
    "coach556_messages": (0.94, 0.86, 0.84),
    "coach557_messages": (0.95, 0.87, 0.86),
    "coach558_messages": (0.96, 0.84, 0.86),
    "coach559_messages": (0.96, 0.89, 0.86),
    "coach560_messages": (0.95, 0.89, 0.84),
    "coach561_messages": (0.95, 0.82, 0.82),
    "coach562_messages": (0.88, 0.85, 0.81),
    "coach563_messages": (0.88, 0.83, 0.78),
    # Also kept out of training; a fiftieth round, first runs at 95007e5.
    "coach564_messages": (0.96, 0.85, 0.88),
    "coach565_messages": (0.94, 0.9, 0.87),
    "coach566_messages": (0.98, 0.84, 0.88),
    "coach567_messages": (0.92, 0.84, 0.85),
    "coach568_messages": (0.95, 0.84, 0.84),
    "coach569_messages": (0.92, 0.83, 0.82),
    "coach570_messages": (0.96, 0.86, 0.84),
    "coach571_messages": (0.95, 0.85, 0.84),
    # Also kept out of training; a fifty-first round, first runs at 68cb5b0.
    "coach572_messages": (0.95, 0.84, 0.86),
    "coach573_messages": (0.95, 0.92, 0.89),
    "coach574_messages": (0.92, 0.88, 0.86),
    "coach575_messages": (0.96, 0.9, 0.88),
    "coach576_messages": (0.97, 0.93, 0.93),
    "coach577_messages": (0.9, 0.88, 0.86),
    "coach578_messages": (0.92, 0.88, 0.86),
    "coach579_messages": (0.94, 0.87, 0.84),
    # Also kept out of training; a fifty-second round, first runs at 765c4aa.
    "coach580_messages": (0.97, 0.87, 0.85),
    "coach581_messages": (0.94, 0.8, 0.82),
    "coach582_messages": (0.97, 0.88, 0.87),
    "coach583_messages": (0.94, 0.83, 0.83),
    "coach584_messages": (0.95, 0.83, 0.83),
    "coach585_messages": (0.96, 0.87, 0.87),
    "coach586_messages": (0.94, 0.8, 0.79),
    # Also kept out of training; a fifty-third round, first runs at f7d1438.
    "coach587_messages": (0.96, 0.78, 0.8),
    "coach588_messages": (0.96, 0.85, 0.85),
    "coach589_messages": (0.9, 0.89, 0.81),
    "coach590_messages": (0.95, 0.86, 0.81),
    "coach591_messages": (0.92, 0.8, 0.8),
    "coach592_messages": (0.96, 0.85, 0.83),
    "coach593_messages": (0.94, 0.9, 0.86),
    "coach594_messages": (0.97, 0.89, 0.84),
    # Also kept out of training; a fifty-fourth round, first runs at 7cebaa4.
    "coach595_messages": (0.98, 0.88, 0.85),
    "coach596_messages": (0.93, 0.84, 0.81),
    "coach597_messages": (0.94, 0.82, 0.81),
    "coach598_messages": (0.91, 0.82, 0.81),
    "coach599_messages": (0.97, 0.85, 0.85),
    "coach600_messages": (0.94, 0.85, 0.84),
    "coach601_messages": (0.89, 0.85, 0.79),
    "coach602_messages": (0.92, 0.8, 0.81),
    # Also kept out of training; a fifty-fifth round, first runs at 274532f.
    "coach603_messages": (0.95, 0.83, 0.84),
    "coach604_messages": (0.94, 0.81, 0.79),
    "coach608_messages": (0.96, 0.77, 0.8),  # at 50cdaa1, the same checker
    "coach605_messages": (0.95, 0.83, 0.84),  # these four at f8c3616
    "coach607_messages": (0.92, 0.9, 0.8),
    "coach609_messages": (0.94, 0.89, 0.85),
    "coach610_messages": (0.9, 0.87, 0.8),
    "coach606_messages": (0.94, 0.88, 0.87),  # at 0d762b7, the same checker as f8c3616
    # Also kept out of training; a fifty-sixth round, first runs at 70c6c71.
    "coach611_messages": (0.96, 0.9, 0.89),
    "coach612_messages": (0.97, 0.88, 0.88),
    "coach613_messages": (0.94, 0.85, 0.86),
    "coach614_messages": (0.97, 0.9, 0.87),
    "coach615_messages": (0.95, 0.81, 0.85),
    "coach616_messages": (0.91, 0.9, 0.82),
    "coach617_messages": (0.93, 0.83, 0.84),
    "coach618_messages": (0.96, 0.84, 0.85),
    # Also kept out of training; a fifty-seventh round, first runs at 5ba3b92.
    "coach619_messages": (0.94, 0.89, 0.85),
    "coach620_messages": (0.93, 0.92, 0.9),
    "coach621_messages": (0.93, 0.85, 0.84),
    "coach622_messages": (0.95, 0.81, 0.78),
    # Also kept out of training; a fifty-eighth round, first runs at d91f32f.
    "coach623_messages": (0.96, 0.88, 0.81),
    "coach624_messages": (0.94, 0.86, 0.85),
    "coach625_messages": (0.92, 0.82, 0.79),
    "coach626_messages": (0.97, 0.89, 0.89),
    "coach627_messages": (0.95, 0.85, 0.87),
    "coach628_messages": (0.89, 0.83, 0.83),
    "coach629_messages": (0.94, 0.88, 0.87),
    "coach630_messages": (0.92, 0.85, 0.86),
    # Also kept out of training; a fifty-ninth round, first runs at 1c6ac41.
    "coach631_messages": (0.96, 0.83, 0.79),
    "coach632_messages": (0.95, 0.88, 0.87),
    "coach633_messages": (0.96, 0.88, 0.89),
    "coach634_messages": (0.92, 0.87, 0.83),
    "coach635_messages": (0.93, 0.86, 0.84),
    "coach636_messages": (0.97, 0.92, 0.91),
    "coach637_messages": (0.98, 0.9, 0.9),
    "coach638_messages": (0.99, 0.88, 0.85),
    # Also kept out of training; a sixtieth round, first runs at 2ecbb9f.
    "coach639_messages": (0.94, 0.9, 0.89),
    "coach640_messages": (0.91, 0.81, 0.74),
    "coach641_messages": (0.94, 0.87, 0.83),
    "coach642_messages": (0.96, 0.94, 0.88),
    "coach643_messages": (0.91, 0.89, 0.85),
    "coach644_messages": (0.95, 0.86, 0.82),
    "coach645_messages": (0.97, 0.92, 0.87),
    "coach646_messages": (0.97, 0.83, 0.83),
    # Also kept out of training; a sixty-first round, first runs at 2ecbb9f.
    "coach647_messages": (0.96, 0.82, 0.85),
    "coach648_messages": (0.93, 0.83, 0.83),
    "coach649_messages": (0.97, 0.9, 0.87),
    "coach650_messages": (0.96, 0.81, 0.81),
    "coach651_messages": (0.92, 0.84, 0.79),
    "coach652_messages": (0.94, 0.85, 0.82),
    "coach653_messages": (0.92, 0.78, 0.79),  # at 508c26f
    "coach654_messages": (0.94, 0.83, 0.83),  # at 508c26f
    # Also kept out of training; a sixty-second round, first runs at 508c26f.
    "coach655_messages": (0.97, 0.88, 0.86),
    "coach656_messages": (0.9, 0.88, 0.83),
    "coach657_messages": (0.94, 0.87, 0.83),
    "coach658_messages": (0.93, 0.8, 0.76),
    "coach659_messages": (0.96, 0.87, 0.84),
    "coach660_messages": (0.93, 0.9, 0.83),
    "coach661_messages": (0.97, 0.82, 0.82),
    "coach662_messages": (0.9, 0.85, 0.8),
    # Also kept out of training; a sixty-third round, first runs at d170515.
    "coach663_messages": (0.91, 0.82, 0.8),
    "coach664_messages": (0.95, 0.83, 0.83),
    "coach665_messages": (0.95, 0.88, 0.88),
    "coach666_messages": (0.93, 0.84, 0.83),
    "coach667_messages": (0.93, 0.85, 0.87),
    "coach668_messages": (0.95, 0.87, 0.82),
    "coach669_messages": (0.92, 0.81, 0.81),
    "coach670_messages": (0.97, 0.79, 0.8),
    # Also kept out of training; a sixty-fourth round, first runs at edd8241.
    "coach671_messages": (0.94, 0.8, 0.78),
    "coach672_messages": (0.9, 0.9, 0.84),
    "coach673_messages": (0.95, 0.79, 0.78),
    "coach674_messages": (0.93, 0.84, 0.83),
    "coach675_messages": (0.97, 0.93, 0.92),
    "coach676_messages": (0.94, 0.85, 0.86),
    "coach677_messages": (0.95, 0.88, 0.85),
    "coach678_messages": (0.95, 0.87, 0.87),
    # Also kept out of training; a sixty-fifth round, first runs at 627cfd9 (684 at 04ce3fb).
    "coach679_messages": (0.9, 0.84, 0.81),
    "coach680_messages": (0.94, 0.85, 0.85),
    "coach681_messages": (0.95, 0.83, 0.84),
    "coach682_messages": (0.96, 0.89, 0.81),
    "coach683_messages": (0.91, 0.83, 0.83),
    "coach684_messages": (0.97, 0.85, 0.88),
    "coach685_messages": (0.93, 0.87, 0.83),
    "coach686_messages": (0.93, 0.83, 0.83),
    # Also kept out of training; a sixty-sixth round, first runs at 04ce3fb (690 at 0549407).
    "coach687_messages": (0.97, 0.84, 0.87),
    "coach688_messages": (0.92, 0.9, 0.85),
    "coach689_messages": (0.94, 0.84, 0.83),
    "coach690_messages": (0.99, 0.8, 0.82),
    "coach691_messages": (0.97, 0.82, 0.78),
    "coach692_messages": (0.91, 0.83, 0.81),
    "coach693_messages": (0.93, 0.87, 0.86),
    "coach694_messages": (0.93, 0.92, 0.85),
    # Also kept out of training; a sixty-seventh round, first runs at 46c044a.
    "coach695_messages": (0.93, 0.8, 0.83),
    "coach696_messages": (0.96, 0.88, 0.86),
    "coach697_messages": (0.97, 0.86, 0.85),
    "coach698_messages": (0.93, 0.9, 0.86),
    "coach699_messages": (0.93, 0.86, 0.85),
    "coach700_messages": (0.96, 0.87, 0.85),
    "coach701_messages": (0.91, 0.82, 0.8),
    "coach702_messages": (0.89, 0.8, 0.76),
    # Also kept out of training; a sixty-eighth round, first runs at 6b52bfc.
    "coach703_messages": (0.93, 0.78, 0.78),
    "coach704_messages": (0.92, 0.75, 0.8),
    "coach705_messages": (0.97, 0.87, 0.88),
    "coach706_messages": (0.93, 0.89, 0.82),
    "coach707_messages": (0.92, 0.88, 0.86),
    "coach708_messages": (0.96, 0.8, 0.82),
    "coach709_messages": (0.95, 0.83, 0.84),
    "coach710_messages": (0.95, 0.81, 0.77),
    # Also kept out of training; half a sixty-ninth round, first runs at ef6332d.
    "coach711_messages": (0.97, 0.87, 0.84),
    "coach712_messages": (0.96, 0.94, 0.86),
    "coach713_messages": (0.92, 0.88, 0.89),
    "coach714_messages": (0.96, 0.83, 0.85),
    # Also kept out of training; a seventieth round, first runs at daef49e.
    "coach715_messages": (0.93, 0.8, 0.8),
    "coach716_messages": (0.96, 0.89, 0.88),
    "coach717_messages": (0.94, 0.84, 0.84),
    "coach718_messages": (0.96, 0.83, 0.81),
    "coach719_messages": (0.98, 0.89, 0.89),
    "coach720_messages": (0.95, 0.87, 0.86),
    "coach721_messages": (0.95, 0.84, 0.85),
    "coach722_messages": (0.95, 0.85, 0.86),
    # Also kept out of training; a seventy-first round, first runs at 086a3e0.
    "coach723_messages": (0.92, 0.85, 0.82),
    "coach724_messages": (0.91, 0.86, 0.84),
    "coach725_messages": (0.98, 0.85, 0.85),
    "coach726_messages": (0.95, 0.8, 0.8),
    "coach727_messages": (0.97, 0.88, 0.89),
    "coach728_messages": (0.97, 0.87, 0.87),
    "coach729_messages": (0.93, 0.81, 0.77),
    "coach730_messages": (0.97, 0.89, 0.89),
    # Also kept out of training; a seventy-second round, first runs at be5b4cd.
    "coach731_messages": (0.94, 0.84, 0.84),
    "coach732_messages": (0.92, 0.83, 0.81),
    "coach733_messages": (0.96, 0.86, 0.86),
    "coach734_messages": (0.95, 0.83, 0.83),
    "coach735_messages": (0.98, 0.84, 0.87),
    "coach736_messages": (0.91, 0.89, 0.8),
    "coach737_messages": (0.97, 0.9, 0.88),
    "coach738_messages": (0.94, 0.85, 0.86),
    # Kept out of training by the model trained on 11-738; a seventy-third round, first runs
    # at 9ef45b4.
    "coach739_messages": (0.94, 0.85, 0.86),
    "coach740_messages": (0.93, 0.83, 0.83),
    "coach741_messages": (0.98, 0.87, 0.87),
    "coach742_messages": (0.94, 0.9, 0.86),
    "coach743_messages": (0.93, 0.87, 0.85),
    "coach744_messages": (0.92, 0.84, 0.84),
    "coach745_messages": (0.94, 0.87, 0.87),
    "coach746_messages": (0.91, 0.86, 0.82),
    # Also kept out of training; half a seventy-fourth round, first runs at 6f16c7f.
    "coach747_messages": (0.96, 0.87, 0.85),
    "coach748_messages": (0.94, 0.85, 0.85),
    "coach749_messages": (0.92, 0.88, 0.81),
    "coach750_messages": (0.90, 0.90, 0.84),
    # Also kept out of training; a seventy-fifth round, first runs at a991594.
    "coach751_messages": (0.93, 0.83, 0.81),
    "coach752_messages": (0.96, 0.87, 0.85),
    "coach753_messages": (0.97, 0.92, 0.89),
    "coach754_messages": (0.95, 0.80, 0.82),
    "coach755_messages": (0.97, 0.91, 0.87),
    "coach756_messages": (0.96, 0.83, 0.86),
    "coach757_messages": (0.92, 0.79, 0.80),
    "coach758_messages": (0.95, 0.86, 0.85),
    # Also kept out of training; a seventy-sixth round, first runs at ab7389b.
    "coach759_messages": (0.93, 0.88, 0.87),
    "coach760_messages": (0.93, 0.84, 0.85),
    "coach761_messages": (0.97, 0.95, 0.92),
    "coach762_messages": (0.98, 0.93, 0.90),
    "coach763_messages": (0.96, 0.85, 0.86),
    "coach764_messages": (0.97, 0.88, 0.87),
    "coach765_messages": (0.96, 0.83, 0.82),
    "coach766_messages": (0.98, 0.91, 0.91),
    # Also kept out of training; a seventy-seventh round, first runs at a34a434.
    "coach767_messages": (0.92, 0.81, 0.79),
    "coach768_messages": (0.95, 0.86, 0.87),
    "coach769_messages": (0.97, 0.87, 0.86),
    "coach770_messages": (0.94, 0.88, 0.89),
    "coach771_messages": (0.96, 0.85, 0.85),
    "coach772_messages": (0.95, 0.85, 0.85),
    "coach773_messages": (0.93, 0.80, 0.80),
    "coach774_messages": (0.94, 0.83, 0.83),
    # Also kept out of training; a seventy-eighth round, first runs at 2760f4e.
    "coach775_messages": (0.96, 0.92, 0.92),
    "coach776_messages": (0.94, 0.82, 0.82),
    "coach777_messages": (0.96, 0.94, 0.90),
    "coach778_messages": (0.96, 0.85, 0.83),
    "coach779_messages": (0.96, 0.85, 0.86),
    "coach780_messages": (0.95, 0.87, 0.86),
    "coach781_messages": (0.97, 0.89, 0.89),
    "coach782_messages": (0.97, 0.85, 0.89),
    # Also kept out of training; a seventy-ninth round, first runs at bc2421e.
    "coach783_messages": (0.93, 0.87, 0.85),
    "coach784_messages": (0.98, 0.85, 0.86),
    "coach785_messages": (0.95, 0.84, 0.86),
    "coach786_messages": (0.95, 0.85, 0.85),
    "coach787_messages": (0.95, 0.82, 0.84),
    "coach788_messages": (0.96, 0.81, 0.82),
    "coach789_messages": (0.97, 0.86, 0.87),
    "coach790_messages": (0.94, 0.88, 0.88),
    # Also kept out of training; an eightieth round, first runs at eddc183.
    "coach791_messages": (0.97, 0.86, 0.89),
    "coach792_messages": (0.98, 0.86, 0.86),
    "coach793_messages": (0.92, 0.89, 0.85),
    "coach794_messages": (0.97, 0.85, 0.84),
    "coach795_messages": (0.97, 0.90, 0.85),
    "coach796_messages": (0.95, 0.78, 0.81),
    "coach797_messages": (0.94, 0.86, 0.82),
    "coach798_messages": (0.96, 0.82, 0.82),
    # Also kept out of training; an eighty-first round, first runs at 954e680.
    "coach799_messages": (0.98, 0.85, 0.89),
    "coach800_messages": (0.95, 0.85, 0.86),
    "coach801_messages": (0.98, 0.87, 0.85),
    "coach802_messages": (0.98, 0.86, 0.88),
    "coach803_messages": (0.96, 0.84, 0.80),
    "coach804_messages": (0.95, 0.91, 0.91),
    "coach805_messages": (0.96, 0.87, 0.88),
    "coach806_messages": (0.94, 0.85, 0.84),
    # Also kept out of training; an eighty-second round, first runs at 7c40876.
    "coach807_messages": (0.96, 0.84, 0.83),
    "coach808_messages": (0.97, 0.82, 0.84),
    "coach809_messages": (0.93, 0.83, 0.80),
    "coach810_messages": (0.96, 0.89, 0.90),
    "coach811_messages": (0.95, 0.82, 0.83),
    "coach812_messages": (0.96, 0.86, 0.83),
    "coach813_messages": (0.96, 0.87, 0.85),
    "coach814_messages": (0.95, 0.87, 0.84),
    # Also kept out of training; an eighty-third round, first runs at a8abcf2.
    "coach815_messages": (0.96, 0.86, 0.88),
    "coach816_messages": (0.96, 0.83, 0.81),
    "coach817_messages": (0.95, 0.83, 0.80),
    "coach818_messages": (0.93, 0.82, 0.82),
    "coach819_messages": (0.96, 0.89, 0.89),
    "coach820_messages": (0.96, 0.85, 0.86),
    "coach821_messages": (0.92, 0.88, 0.83),
    "coach822_messages": (0.94, 0.88, 0.88),
    # Also kept out of training; an eighty-fourth round, first runs at a866959.
    "coach823_messages": (0.94, 0.91, 0.87),
    "coach824_messages": (0.95, 0.79, 0.83),
    "coach825_messages": (0.94, 0.86, 0.86),
    "coach826_messages": (0.93, 0.87, 0.85),
    "coach827_messages": (0.93, 0.81, 0.82),
    "coach828_messages": (0.96, 0.87, 0.84),
    "coach829_messages": (0.97, 0.91, 0.87),
    "coach830_messages": (0.95, 0.84, 0.83),
    # Also kept out of training; an eighty-fifth round, first runs at 3008fed.
    "coach831_messages": (0.95, 0.83, 0.84),
    "coach832_messages": (0.95, 0.83, 0.82),
    "coach833_messages": (0.92, 0.86, 0.81),
    "coach834_messages": (0.96, 0.85, 0.85),
    "coach835_messages": (0.94, 0.86, 0.84),
    "coach836_messages": (0.98, 0.88, 0.86),
    "coach837_messages": (0.95, 0.91, 0.89),
    "coach838_messages": (0.94, 0.85, 0.83),
    # Also kept out of training; an eighty-sixth round, first runs at b6907f8.
    "coach839_messages": (0.93, 0.86, 0.84),
    "coach840_messages": (0.93, 0.9, 0.87),
    "coach841_messages": (0.98, 0.83, 0.8),
    "coach842_messages": (0.97, 0.85, 0.86),
    "coach843_messages": (0.96, 0.86, 0.88),
    "coach844_messages": (0.92, 0.86, 0.82),
    "coach845_messages": (0.98, 0.91, 0.89),
    "coach846_messages": (0.92, 0.76, 0.81),
    # Also kept out of training; an eighty-seventh round, first runs at 1784e47.
    "coach847_messages": (0.97, 0.88, 0.87),
    "coach848_messages": (0.94, 0.83, 0.85),
    "coach849_messages": (0.97, 0.85, 0.85),
    "coach850_messages": (0.97, 0.84, 0.84),
    "coach851_messages": (0.96, 0.9, 0.86),
    "coach852_messages": (0.95, 0.85, 0.85),
    "coach853_messages": (0.94, 0.85, 0.82),
    "coach854_messages": (0.96, 0.89, 0.88),
    # Also kept out of training; an eighty-eighth round, first runs at 3e6a2c9.
    "coach855_messages": (0.96, 0.9, 0.88),
    "coach856_messages": (0.96, 0.91, 0.89),
    "coach857_messages": (0.97, 0.86, 0.85),
    "coach858_messages": (0.91, 0.82, 0.81),
    "coach859_messages": (0.96, 0.81, 0.85),
    "coach860_messages": (0.94, 0.89, 0.85),
    "coach861_messages": (0.94, 0.86, 0.85),
    "coach862_messages": (0.97, 0.9, 0.9),
    # Also kept out of training; an eighty-ninth round, first runs at 2be35b2.
    "coach863_messages": (0.95, 0.9, 0.84),
    "coach864_messages": (0.95, 0.9, 0.9),
    "coach865_messages": (0.92, 0.82, 0.84),
    "coach866_messages": (0.95, 0.89, 0.89),
    "coach867_messages": (0.88, 0.85, 0.79),
    "coach868_messages": (0.98, 0.86, 0.87),
    "coach869_messages": (0.97, 0.87, 0.86),
    "coach870_messages": (0.96, 0.81, 0.84),
    # Also kept out of training; a ninetieth round, first runs at 080bd9e.
    "coach871_messages": (0.94, 0.88, 0.88),
    "coach872_messages": (0.96, 0.85, 0.87),
    "coach873_messages": (0.93, 0.85, 0.85),
    "coach874_messages": (0.95, 0.88, 0.84),
    "coach875_messages": (0.95, 0.92, 0.88),
    "coach876_messages": (0.99, 0.89, 0.9),
    "coach877_messages": (0.95, 0.87, 0.85),
    "coach878_messages": (0.93, 0.85, 0.88),
    # Also kept out of training; a ninety-first round, first runs at dc64b6f.
    "coach879_messages": (0.93, 0.94, 0.86),
    "coach880_messages": (0.93, 0.85, 0.84),
    "coach881_messages": (0.9, 0.8, 0.82),
    "coach882_messages": (0.96, 0.89, 0.9),
    "coach883_messages": (0.95, 0.88, 0.89),
    "coach884_messages": (0.96, 0.92, 0.88),
    "coach885_messages": (0.95, 0.83, 0.83),
    "coach886_messages": (0.99, 0.84, 0.86),
    # Also kept out of training; a ninety-second round, first runs at dc64b6f (no change since).
    "coach887_messages": (0.96, 0.83, 0.86),
    "coach888_messages": (0.95, 0.88, 0.87),
    "coach889_messages": (0.96, 0.89, 0.89),
    "coach890_messages": (0.95, 0.85, 0.84),
    "coach891_messages": (0.99, 0.9, 0.91),
    "coach892_messages": (0.92, 0.85, 0.86),
    "coach893_messages": (0.94, 0.82, 0.83),
    "coach894_messages": (0.98, 0.89, 0.89),
    # Also kept out of training; a ninety-third round, first runs at dc64b6f.
    "coach895_messages": (0.91, 0.83, 0.84),
    "coach896_messages": (0.97, 0.84, 0.87),
    "coach897_messages": (0.94, 0.86, 0.85),
    "coach898_messages": (0.96, 0.87, 0.88),
    "coach899_messages": (0.97, 0.87, 0.85),
    "coach900_messages": (0.99, 0.89, 0.90),
    "coach901_messages": (0.91, 0.87, 0.85),
    "coach902_messages": (0.94, 0.86, 0.82),
    # Also kept out of training; a ninety-fourth round, first runs at dc64b6f.
    "coach903_messages": (0.97, 0.89, 0.88),
    "coach904_messages": (0.94, 0.88, 0.86),
    "coach905_messages": (0.95, 0.84, 0.82),
    "coach906_messages": (0.94, 0.86, 0.86),
    "coach907_messages": (0.96, 0.87, 0.84),
    "coach908_messages": (0.98, 0.95, 0.96),
    "coach909_messages": (0.95, 0.84, 0.85),
    "coach910_messages": (0.95, 0.85, 0.87),
    # Also kept out of training; a ninety-fifth round, first runs at dc64b6f.
    "coach911_messages": (0.95, 0.87, 0.85),
    "coach912_messages": (0.91, 0.87, 0.79),
    "coach913_messages": (0.97, 0.81, 0.85),
    "coach914_messages": (0.93, 0.89, 0.83),
    "coach915_messages": (0.97, 0.90, 0.90),
    "coach916_messages": (0.94, 0.91, 0.86),
    "coach917_messages": (0.98, 0.89, 0.88),
    "coach918_messages": (0.95, 0.85, 0.84),
    # Also kept out of training; a ninety-sixth round, first runs at 5f7038f.
    "coach919_messages": (0.96, 0.91, 0.91),
    "coach920_messages": (0.92, 0.87, 0.86),
    "coach921_messages": (0.92, 0.83, 0.81),
    "coach922_messages": (0.97, 0.87, 0.85),
    "coach923_messages": (0.96, 0.95, 0.92),
    "coach924_messages": (0.92, 0.90, 0.89),
    "coach925_messages": (0.96, 0.86, 0.86),
    "coach926_messages": (0.96, 0.93, 0.91),
    # Also kept out of training; a ninety-seventh round, first runs at 5f7038f.
    "coach927_messages": (0.93, 0.80, 0.82),
    "coach928_messages": (0.89, 0.88, 0.84),
    "coach929_messages": (0.96, 0.85, 0.82),
    "coach930_messages": (0.98, 0.88, 0.88),
    "coach931_messages": (0.93, 0.87, 0.85),
    "coach932_messages": (0.89, 0.91, 0.81),
    "coach933_messages": (0.94, 0.91, 0.87),
    "coach934_messages": (0.89, 0.82, 0.81),
    # Also kept out of training; a ninety-eighth round, first runs at 5f7038f.
    "coach935_messages": (0.93, 0.84, 0.81),
    "coach936_messages": (0.94, 0.83, 0.81),
    "coach937_messages": (0.93, 0.85, 0.85),
    "coach938_messages": (0.94, 0.79, 0.82),
    "coach939_messages": (0.96, 0.87, 0.85),
    "coach940_messages": (0.97, 0.9, 0.88),
    "coach941_messages": (0.95, 0.81, 0.82),
    "coach942_messages": (0.94, 0.83, 0.83),
    # Also kept out of training; a ninety-ninth round, first runs at 5f7038f.
    "coach943_messages": (0.93, 0.83, 0.8),
    "coach944_messages": (0.97, 0.9, 0.87),
    "coach945_messages": (0.94, 0.84, 0.84),
    "coach946_messages": (0.98, 0.9, 0.91),
    "coach947_messages": (0.97, 0.86, 0.88),
    "coach948_messages": (0.95, 0.87, 0.83),
    "coach949_messages": (0.94, 0.83, 0.87),
    "coach950_messages": (0.94, 0.85, 0.87),
    # Also kept out of training; a hundredth round, first runs at 5f7038f.
    "coach951_messages": (0.9, 0.84, 0.8),
    "coach952_messages": (0.97, 0.9, 0.88),
    "coach953_messages": (0.9, 0.88, 0.84),
    "coach954_messages": (0.96, 0.85, 0.82),
    "coach955_messages": (0.92, 0.88, 0.86),
    "coach956_messages": (0.93, 0.9, 0.86),
    "coach957_messages": (0.9, 0.81, 0.8),
    "coach958_messages": (0.94, 0.88, 0.85),
    # Also kept out of training; a hundred-and-first round, first runs at 5f7038f.
    "coach959_messages": (0.93, 0.89, 0.83),
    "coach960_messages": (0.93, 0.9, 0.89),
    "coach961_messages": (0.92, 0.85, 0.87),
    "coach962_messages": (0.94, 0.88, 0.86),
    "coach963_messages": (0.96, 0.83, 0.85),
    "coach964_messages": (0.97, 0.95, 0.92),
    "coach965_messages": (0.93, 0.86, 0.87),
    "coach966_messages": (0.93, 0.89, 0.85),
    # Also kept out of training; a hundred-and-second round, first runs at 39ccd2d.
    "coach967_messages": (0.89, 0.82, 0.84),
    "coach968_messages": (0.98, 0.87, 0.89),
    "coach969_messages": (0.95, 0.82, 0.79),
    "coach970_messages": (0.97, 0.88, 0.89),
    "coach971_messages": (0.96, 0.8, 0.82),
    "coach972_messages": (0.97, 0.83, 0.86),
    "coach973_messages": (0.94, 0.88, 0.84),
    "coach974_messages": (0.96, 0.86, 0.87),
    # Also kept out of training; a hundred-and-third round, first runs at 39ccd2d.
    "coach975_messages": (0.95, 0.89, 0.9),
    "coach976_messages": (0.94, 0.87, 0.84),
    "coach977_messages": (0.97, 0.9, 0.9),
    "coach978_messages": (0.92, 0.85, 0.85),
    "coach979_messages": (0.97, 0.85, 0.85),
    "coach980_messages": (0.97, 0.77, 0.79),
    "coach981_messages": (0.96, 0.86, 0.85),
    # Also kept out of training; a hundred-and-fourth round, first runs at 39ccd2d.
    "coach982_messages": (0.95, 0.89, 0.87),
    "coach983_messages": (0.95, 0.86, 0.86),
    "coach984_messages": (0.95, 0.89, 0.88),
    "coach985_messages": (0.97, 0.84, 0.87),
    "coach986_messages": (0.98, 0.9, 0.91),
    "coach987_messages": (0.93, 0.95, 0.87),
    "coach988_messages": (0.95, 0.87, 0.86),
    "coach989_messages": (0.98, 0.87, 0.88),
    # Also kept out of training; a hundred-and-fifth round, first runs at 2f83ffd.
    "coach990_messages": (0.96, 0.85, 0.87),
    "coach991_messages": (0.98, 0.84, 0.84),
    "coach992_messages": (0.94, 0.82, 0.85),
    "coach993_messages": (0.95, 0.82, 0.85),
    "coach994_messages": (0.95, 0.89, 0.87),
    "coach995_messages": (0.95, 0.83, 0.82),
    "coach996_messages": (0.98, 0.87, 0.87),
    "coach997_messages": (0.98, 0.86, 0.84),
    # Also kept out of training; a hundred-and-sixth round, first runs at 5258cf4.
    "coach998_messages": (0.98, 0.9, 0.91),
    "coach999_messages": (0.97, 0.87, 0.84),
    "coach1000_messages": (0.95, 0.79, 0.78),
    "coach1001_messages": (0.93, 0.92, 0.89),
    "coach1002_messages": (0.96, 0.87, 0.89),
    "coach1003_messages": (0.96, 0.8, 0.85),
    "coach1004_messages": (0.96, 0.85, 0.86),
    "coach1005_messages": (0.94, 0.79, 0.81),
    # Also kept out of training; a hundred-and-seventh round, first runs at eeb1ff1.
    "coach1007_messages": (0.95, 0.88, 0.87),
    "coach1006_messages": (0.94, 0.87, 0.84),
    "coach1008_messages": (0.9, 0.88, 0.84),
    "coach1009_messages": (0.89, 0.77, 0.77),
    "coach1010_messages": (0.95, 0.79, 0.82),
    "coach1011_messages": (0.95, 0.9, 0.89),
    "coach1012_messages": (0.93, 0.91, 0.85),
    "coach1013_messages": (0.97, 0.83, 0.84),
    # Also kept out of training; a hundred-and-eighth round, first runs at 0fa469e (the checker
    # of eeb1ff1).
    "coach1014_messages": (0.97, 0.89, 0.88),
    "coach1015_messages": (0.97, 0.86, 0.85),
    "coach1016_messages": (0.95, 0.9, 0.88),
    "coach1017_messages": (0.94, 0.84, 0.82),
    "coach1018_messages": (0.94, 0.83, 0.84),
    "coach1019_messages": (0.93, 0.84, 0.85),
    "coach1020_messages": (0.89, 0.79, 0.79),
    "coach1021_messages": (0.93, 0.88, 0.84),
    # Also kept out of training; a hundred-and-ninth round, first runs at a3601c1 (the checker
    # of eeb1ff1).
    "coach1022_messages": (0.93, 0.86, 0.83),
    "coach1023_messages": (0.95, 0.84, 0.87),
    "coach1024_messages": (0.96, 0.86, 0.86),
    "coach1025_messages": (0.96, 0.91, 0.87),
    "coach1026_messages": (0.95, 0.94, 0.92),
    "coach1027_messages": (0.94, 0.83, 0.86),
    "coach1028_messages": (0.96, 0.87, 0.86),
    "coach1029_messages": (0.94, 0.9, 0.87),
    # Also kept out of training; a hundred-and-tenth round, first runs at 3611564 (the checker
    # of eeb1ff1).
    "coach1030_messages": (0.95, 0.87, 0.9),
    "coach1031_messages": (0.93, 0.84, 0.83),
    "coach1032_messages": (0.95, 0.86, 0.86),
    "coach1033_messages": (0.96, 0.79, 0.84),
    "coach1034_messages": (0.94, 0.85, 0.84),
    "coach1035_messages": (0.95, 0.83, 0.81),
    "coach1036_messages": (0.94, 0.89, 0.85),
    "coach1037_messages": (0.95, 0.9, 0.85),
    # Also kept out of training; a hundred-and-eleventh round, first runs at fa7fab1 (the checker
    # of eeb1ff1).
    "coach1038_messages": (0.96, 0.84, 0.83),
    "coach1039_messages": (0.93, 0.91, 0.87),
    "coach1040_messages": (0.95, 0.83, 0.88),
    "coach1041_messages": (0.94, 0.88, 0.84),
    "coach1042_messages": (0.95, 0.89, 0.87),
    "coach1043_messages": (0.95, 0.92, 0.85),
    "coach1044_messages": (0.91, 0.87, 0.79),
    "coach1045_messages": (0.98, 0.84, 0.88),
    # Also kept out of training; a hundred-and-twelfth round, first runs at 1dbc43a (the checker
    # of eeb1ff1).
    "coach1046_messages": (0.97, 0.9, 0.9),
    "coach1047_messages": (0.92, 0.8, 0.79),
    "coach1048_messages": (0.92, 0.84, 0.84),
    "coach1049_messages": (0.94, 0.89, 0.85),
    "coach1050_messages": (0.94, 0.87, 0.85),
    "coach1051_messages": (0.94, 0.89, 0.87),
    "coach1052_messages": (0.94, 0.87, 0.88),
    "coach1053_messages": (0.95, 0.85, 0.87),
    # Also kept out of training; a hundred-and-thirteenth round, first runs at d82c9a9 (the checker
    # of eeb1ff1).
    "coach1054_messages": (0.97, 0.84, 0.84),
    "coach1055_messages": (0.92, 0.82, 0.84),
    "coach1056_messages": (0.97, 0.86, 0.88),
    "coach1057_messages": (0.94, 0.83, 0.84),
    "coach1058_messages": (0.98, 0.87, 0.86),
    "coach1059_messages": (0.98, 0.94, 0.9),
    "coach1060_messages": (0.95, 0.85, 0.81),
    "coach1061_messages": (0.93, 0.88, 0.85),
    # Also kept out of training; a hundred-and-fourteenth round, first runs at d248a77 (the checker
    # of eeb1ff1).
    "coach1062_messages": (0.93, 0.81, 0.79),
    "coach1063_messages": (0.96, 0.84, 0.83),
    "coach1064_messages": (0.98, 0.88, 0.9),
    "coach1065_messages": (0.95, 0.86, 0.86),
    "coach1066_messages": (0.91, 0.82, 0.81),
    "coach1067_messages": (0.92, 0.89, 0.78),
    "coach1068_messages": (0.94, 0.91, 0.86),
    "coach1069_messages": (0.91, 0.84, 0.81),
    # Also kept out of training; a hundred-and-fifteenth round, first runs at 9845285 (the checker
    # of eeb1ff1).
    "coach1070_messages": (0.9, 0.84, 0.82),
    "coach1071_messages": (0.97, 0.89, 0.87),
    "coach1072_messages": (0.93, 0.86, 0.85),
    "coach1073_messages": (0.93, 0.89, 0.84),
    "coach1074_messages": (0.92, 0.84, 0.85),
    "coach1075_messages": (0.93, 0.86, 0.8),
    "coach1076_messages": (0.94, 0.85, 0.8),
    "coach1077_messages": (0.91, 0.94, 0.84),
    # Also kept out of training; a hundred-and-sixteenth round, first runs at e166157 (the checker
    # of eeb1ff1).
    "coach1078_messages": (0.94, 0.88, 0.85),
    "coach1079_messages": (0.97, 0.85, 0.84),
    "coach1080_messages": (0.96, 0.82, 0.85),
    "coach1081_messages": (0.97, 0.92, 0.91),
    "coach1082_messages": (0.97, 0.88, 0.85),
    "coach1083_messages": (0.92, 0.9, 0.81),
    "coach1084_messages": (0.96, 0.91, 0.86),
    "coach1085_messages": (0.96, 0.94, 0.86),
    # Also kept out of training; a hundred-and-seventeenth round, first runs at 6f0f2fc (the checker
    # of eeb1ff1).
    "coach1086_messages": (0.95, 0.83, 0.81),
    "coach1087_messages": (0.97, 0.89, 0.87),
    "coach1088_messages": (0.98, 0.82, 0.86),
    "coach1089_messages": (0.87, 0.8, 0.8),
    "coach1090_messages": (0.96, 0.82, 0.82),
    "coach1091_messages": (0.95, 0.91, 0.91),
    "coach1092_messages": (0.94, 0.86, 0.85),
    "coach1093_messages": (0.98, 0.91, 0.9),
    # Also kept out of training; a hundred-and-eighteenth round, first runs at b4b7e55 (the checker
    # of eeb1ff1).
    "coach1094_messages": (0.9, 0.8, 0.76),
    "coach1095_messages": (0.93, 0.93, 0.85),
    "coach1096_messages": (0.93, 0.83, 0.82),
    "coach1097_messages": (0.95, 0.81, 0.82),
    "coach1098_messages": (0.94, 0.78, 0.8),
    "coach1099_messages": (0.96, 0.81, 0.81),
    "coach1100_messages": (0.95, 0.87, 0.88),
    "coach1101_messages": (0.9, 0.85, 0.82),
    # Also kept out of training; a hundred-and-nineteenth round, first runs at ce9c316 (the checker
    # of eeb1ff1).
    "coach1102_messages": (0.97, 0.9, 0.91),
    "coach1103_messages": (0.96, 0.89, 0.88),
    "coach1104_messages": (0.96, 0.89, 0.88),
    "coach1105_messages": (0.96, 0.82, 0.84),
    "coach1106_messages": (0.95, 0.89, 0.86),
    "coach1107_messages": (0.92, 0.92, 0.86),
    "coach1108_messages": (0.93, 0.84, 0.86),
    "coach1109_messages": (0.97, 0.8, 0.8),
    # Also kept out of training; a hundred-and-twentieth round, first runs at 0ff9833 (the checker
    # of eeb1ff1).
    "coach1110_messages": (0.96, 0.87, 0.87),
    "coach1111_messages": (0.96, 0.89, 0.87),
    "coach1112_messages": (0.93, 0.92, 0.89),
    "coach1113_messages": (0.96, 0.86, 0.83),
    "coach1114_messages": (0.93, 0.83, 0.85),
    "coach1115_messages": (0.94, 0.84, 0.84),
    "coach1116_messages": (0.97, 0.81, 0.82),
    "coach1117_messages": (0.95, 0.86, 0.83),
    # Also kept out of training; a hundred-and-twenty-first round, first runs at 13e4a32 (the
    # checker of eeb1ff1).
    "coach1118_messages": (0.96, 0.85, 0.83),
    "coach1119_messages": (0.93, 0.81, 0.78),
    "coach1120_messages": (0.98, 0.85, 0.85),
    "coach1121_messages": (0.94, 0.88, 0.82),
    "coach1122_messages": (0.95, 0.88, 0.83),
    "coach1123_messages": (0.97, 0.91, 0.87),
    "coach1124_messages": (0.94, 0.8, 0.85),
    "coach1125_messages": (0.95, 0.91, 0.88),
    # Also kept out of training; a hundred-and-twenty-second round, first runs at 294b7d1 (the
    # checker of eeb1ff1).
    "coach1126_messages": (0.94, 0.88, 0.87),
    "coach1127_messages": (0.94, 0.84, 0.83),
    "coach1128_messages": (0.96, 0.93, 0.87),
    "coach1129_messages": (0.92, 0.86, 0.8),
    "coach1130_messages": (0.97, 0.83, 0.83),
    "coach1131_messages": (0.92, 0.91, 0.84),
    "coach1132_messages": (0.96, 0.89, 0.88),
    "coach1133_messages": (0.93, 0.87, 0.85),
    # Also kept out of training; a hundred-and-twenty-third round, first runs at 8ccc50d (the
    # checker of eeb1ff1).
    "coach1134_messages": (0.93, 0.95, 0.86),
    "coach1135_messages": (0.9, 0.85, 0.83),
    "coach1136_messages": (0.96, 0.82, 0.81),
    "coach1137_messages": (0.97, 0.84, 0.84),
    "coach1138_messages": (0.97, 0.94, 0.93),
    "coach1139_messages": (0.97, 0.85, 0.87),
    "coach1140_messages": (0.95, 0.89, 0.9),
    "coach1141_messages": (0.93, 0.89, 0.85),
    # Also kept out of training; a hundred-and-twenty-fourth round, first runs at e632176 (the
    # checker of eeb1ff1).
    "coach1142_messages": (0.92, 0.81, 0.82),
    "coach1143_messages": (0.97, 0.84, 0.86),
    "coach1144_messages": (0.92, 0.91, 0.84),
    "coach1145_messages": (0.94, 0.84, 0.83),
    "coach1146_messages": (0.95, 0.83, 0.83),
    "coach1147_messages": (0.96, 0.87, 0.86),
    "coach1148_messages": (0.91, 0.87, 0.83),
    "coach1149_messages": (0.98, 0.88, 0.88),
    # Also kept out of training; a hundred-and-twenty-fifth round, first runs at 6f7ec4a (the
    # checker of eeb1ff1).
    "coach1150_messages": (0.95, 0.94, 0.9),
    "coach1151_messages": (0.96, 0.84, 0.81),
    "coach1152_messages": (0.92, 0.82, 0.78),
    "coach1153_messages": (0.89, 0.83, 0.82),
    "coach1154_messages": (0.95, 0.87, 0.89),
    "coach1155_messages": (0.95, 0.85, 0.82),
    "coach1156_messages": (0.92, 0.85, 0.84),
    "coach1157_messages": (0.95, 0.78, 0.81),
    # Also kept out of training; a hundred-and-twenty-sixth round, first runs at 11ce004 (the
    # checker of 81e4e55, one-word topic subjects waiting beside bigger problems).
    "coach1158_messages": (0.97, 0.88, 0.88),
    "coach1159_messages": (0.96, 0.76, 0.81),
    "coach1160_messages": (0.95, 0.91, 0.87),
    "coach1161_messages": (0.96, 0.83, 0.87),
    "coach1162_messages": (0.9, 0.78, 0.77),
    "coach1163_messages": (0.96, 0.89, 0.9),
    "coach1164_messages": (0.95, 0.84, 0.83),
    "coach1165_messages": (0.96, 0.89, 0.87),
    # Also kept out of training; a hundred-and-twenty-seventh round, first runs at fc5d305 (the
    # checker of 81e4e55).
    "coach1166_messages": (0.94, 0.84, 0.86),
    "coach1167_messages": (0.92, 0.83, 0.86),
    "coach1168_messages": (0.92, 0.85, 0.86),
    "coach1169_messages": (0.94, 0.9, 0.86),
    "coach1170_messages": (0.96, 0.81, 0.83),
    "coach1171_messages": (0.93, 0.89, 0.84),
    "coach1172_messages": (0.93, 0.9, 0.87),
    "coach1173_messages": (0.9, 0.82, 0.8),
    # Also kept out of training; a hundred-and-twenty-eighth round, first runs at 5bbcc4e (the
    # checker of 81e4e55).
    "coach1174_messages": (0.93, 0.92, 0.87),
    "coach1175_messages": (0.97, 0.91, 0.88),
    "coach1176_messages": (0.95, 0.85, 0.87),
    "coach1177_messages": (0.96, 0.85, 0.86),
    "coach1178_messages": (0.93, 0.9, 0.88),
    "coach1179_messages": (0.95, 0.86, 0.84),
    "coach1180_messages": (0.97, 0.9, 0.91),
    "coach1181_messages": (0.97, 0.77, 0.81),
    # Also kept out of training; a hundred-and-twenty-ninth round, first runs at cf3f21e (the
    # checker of 81e4e55).
    "coach1182_messages": (0.93, 0.91, 0.87),
    "coach1183_messages": (0.95, 0.81, 0.81),
    "coach1184_messages": (0.95, 0.9, 0.89),
    "coach1185_messages": (0.96, 0.86, 0.86),
    "coach1186_messages": (0.91, 0.85, 0.8),
    "coach1187_messages": (0.99, 0.85, 0.88),
    "coach1188_messages": (0.94, 0.88, 0.86),
    "coach1189_messages": (0.95, 0.91, 0.89),
    # Also kept out of training; a hundred-and-thirtieth round, first runs at 7e2642e (a
    # deadline's own fallback, a later time offered or a plain "no rush" is a way out).
    "coach1190_messages": (0.97, 0.86, 0.84),
    "coach1191_messages": (0.93, 0.86, 0.83),
    "coach1192_messages": (0.98, 0.89, 0.9),
    "coach1193_messages": (0.94, 0.85, 0.84),
    "coach1194_messages": (0.86, 0.78, 0.72),
    "coach1195_messages": (0.9, 0.81, 0.8),
    "coach1196_messages": (0.94, 0.84, 0.83),
    "coach1197_messages": (0.94, 0.84, 0.83),
    # Also kept out of training; a hundred-and-thirty-first round, first runs at ac194c3 (the
    # model no longer guesses a blunt tone on a colleague's question that says thanks).
    "coach1198_messages": (0.96, 0.89, 0.88),
    "coach1199_messages": (0.94, 0.83, 0.83),
    "coach1200_messages": (0.93, 0.88, 0.87),
    "coach1201_messages": (0.97, 0.92, 0.87),
    "coach1202_messages": (0.93, 0.85, 0.84),
    "coach1203_messages": (0.96, 0.88, 0.89),
    "coach1204_messages": (0.95, 0.9, 0.87),
    "coach1205_messages": (0.93, 0.86, 0.83),
    # Also kept out of training; a hundred-and-thirty-second round, first runs at c2a4e21 (the
    # checker of ac194c3).
    "coach1206_messages": (0.95, 0.93, 0.91),
    "coach1207_messages": (0.9, 0.89, 0.79),
    "coach1208_messages": (0.93, 0.91, 0.88),
    "coach1209_messages": (0.96, 0.85, 0.87),
    "coach1210_messages": (0.95, 0.84, 0.85),
    "coach1211_messages": (0.92, 0.88, 0.83),
    "coach1212_messages": (0.93, 0.88, 0.84),
    "coach1213_messages": (0.93, 0.87, 0.82),
    # Also kept out of training; a hundred-and-thirty-third round, first runs at 272f11d (the
    # checker of ac194c3).
    "coach1214_messages": (0.94, 0.83, 0.82),
    "coach1215_messages": (0.94, 0.85, 0.84),
    "coach1216_messages": (0.94, 0.86, 0.88),
    "coach1217_messages": (0.97, 0.82, 0.82),
    "coach1218_messages": (0.92, 0.81, 0.79),
    "coach1219_messages": (0.97, 0.85, 0.86),
    "coach1220_messages": (0.98, 0.93, 0.87),
    "coach1221_messages": (0.94, 0.91, 0.89),
    # Also kept out of training; a hundred-and-thirty-fourth round, first runs at 0d4ce93 (the
    # checker of ac194c3).
    "coach1222_messages": (0.96, 0.87, 0.88),
    "coach1223_messages": (0.97, 0.87, 0.86),
    "coach1224_messages": (0.94, 0.88, 0.89),
    "coach1225_messages": (0.97, 0.94, 0.87),
    "coach1226_messages": (0.89, 0.82, 0.79),
    "coach1227_messages": (0.97, 0.88, 0.83),
    "coach1228_messages": (0.97, 0.86, 0.84),
    "coach1229_messages": (0.97, 0.89, 0.91),
    # Also kept out of training; a hundred-and-thirty-fifth round, first runs at 55d0722.
    "coach1230_messages": (0.95, 0.84, 0.86),
    "coach1231_messages": (0.94, 0.82, 0.83),
    "coach1232_messages": (0.91, 0.85, 0.81),
    "coach1233_messages": (0.96, 0.9, 0.89),
    "coach1234_messages": (0.96, 0.84, 0.84),
    "coach1235_messages": (0.94, 0.87, 0.85),
    "coach1236_messages": (0.95, 0.85, 0.81),
    "coach1237_messages": (0.97, 0.88, 0.86),
    # Also kept out of training; a hundred-and-thirty-sixth round, first runs at 7ff312a (the
    # checker of 55d0722).
    "coach1238_messages": (0.91, 0.79, 0.75),
    "coach1239_messages": (0.95, 0.87, 0.85),
    "coach1240_messages": (0.95, 0.85, 0.84),
    "coach1241_messages": (0.93, 0.85, 0.84),
    "coach1242_messages": (0.93, 0.86, 0.86),
    "coach1243_messages": (0.94, 0.89, 0.86),
    "coach1244_messages": (0.92, 0.85, 0.83),
    "coach1245_messages": (0.96, 0.86, 0.87),
    # Also kept out of training; a hundred-and-thirty-seventh round, first runs at 6f0f0df (the
    # checker of 55d0722).
    "coach1246_messages": (0.96, 0.81, 0.82),
    "coach1247_messages": (0.94, 0.84, 0.83),
    "coach1248_messages": (0.97, 0.88, 0.85),
    "coach1249_messages": (0.91, 0.83, 0.79),
    "coach1250_messages": (0.97, 0.91, 0.82),
    "coach1251_messages": (0.94, 0.87, 0.82),
    "coach1252_messages": (0.93, 0.92, 0.88),
    "coach1253_messages": (0.92, 0.9, 0.86),
    # Also kept out of training; a hundred-and-thirty-eighth round, first runs at e5314d8 (the
    # checker of 55d0722).
    "coach1254_messages": (0.98, 0.92, 0.92),
    "coach1255_messages": (0.98, 0.88, 0.89),
    "coach1256_messages": (0.97, 0.88, 0.87),
    "coach1257_messages": (0.96, 0.85, 0.83),
    "coach1258_messages": (0.92, 0.84, 0.78),
    "coach1259_messages": (0.96, 0.9, 0.9),
    "coach1260_messages": (0.93, 0.94, 0.91),
    "coach1261_messages": (0.95, 0.87, 0.82),
    # Also kept out of training; a hundred-and-thirty-ninth round, first runs at bef85be (the
    # checker of 55d0722).
    "coach1262_messages": (0.94, 0.89, 0.85),
    "coach1263_messages": (0.94, 0.91, 0.85),
    "coach1264_messages": (0.92, 0.92, 0.81),
    "coach1265_messages": (0.95, 0.83, 0.83),
    "coach1266_messages": (0.98, 0.81, 0.84),
    "coach1267_messages": (0.94, 0.9, 0.88),
    "coach1268_messages": (0.93, 0.87, 0.83),
    "coach1269_messages": (0.93, 0.83, 0.83),
    # Also kept out of training; a hundred-and-fortieth round, first runs at 0e3598f (the
    # checker of 55d0722).
    "coach1270_messages": (0.93, 0.92, 0.86),
    "coach1271_messages": (0.94, 0.89, 0.85),
    "coach1272_messages": (0.97, 0.85, 0.87),
    "coach1273_messages": (0.95, 0.84, 0.83),
    "coach1274_messages": (0.95, 0.88, 0.83),
    "coach1275_messages": (0.95, 0.85, 0.83),
    "coach1276_messages": (0.85, 0.84, 0.78),
    "coach1277_messages": (0.95, 0.88, 0.89),
    # Also kept out of training; a hundred-and-forty-first round, first runs at cb0219c (the
    # checker of 55d0722, with the tone reading guilt as the pressure rule does).
    "coach1278_messages": (0.94, 0.87, 0.8),
    "coach1279_messages": (0.95, 0.84, 0.87),
    "coach1280_messages": (0.93, 0.86, 0.8),
    "coach1281_messages": (0.94, 0.89, 0.85),
    "coach1282_messages": (0.94, 0.89, 0.86),
    "coach1283_messages": (0.98, 0.91, 0.92),
    "coach1284_messages": (0.95, 0.85, 0.83),
    "coach1285_messages": (0.94, 0.84, 0.8),
    # Also kept out of training; a hundred-and-forty-second round, first runs at 4b769f7 (the
    # checker of cb0219c).
    "coach1286_messages": (0.94, 0.92, 0.87),
    "coach1287_messages": (0.96, 0.89, 0.9),
    "coach1288_messages": (0.98, 0.89, 0.91),
    "coach1289_messages": (0.95, 0.93, 0.9),
    "coach1290_messages": (0.96, 0.87, 0.86),
    "coach1291_messages": (0.96, 0.81, 0.79),
    "coach1292_messages": (0.92, 0.9, 0.88),
    "coach1293_messages": (0.96, 0.83, 0.84),
    # Also kept out of training; a hundred-and-forty-third round, first runs at 90abec1 (the
    # checker of cb0219c).
    "coach1294_messages": (0.93, 0.85, 0.84),
    "coach1295_messages": (0.91, 0.84, 0.86),
    "coach1296_messages": (0.98, 0.9, 0.88),
    "coach1297_messages": (0.94, 0.9, 0.84),
    "coach1298_messages": (0.98, 0.9, 0.87),
    "coach1299_messages": (0.96, 0.81, 0.84),
    "coach1300_messages": (0.94, 0.84, 0.84),
    "coach1301_messages": (0.95, 0.81, 0.84),
}


def test_there_are_coach_sets():
    assert len(COACH_SETS) >= 4


@pytest.mark.parametrize("path", COACH_SETS, ids=lambda p: p.stem)
def test_coach_set_is_realistic_and_labelled(path: Path):
    items = load_set(path)
    assert len(items) >= 100
    assert {i["channel"] for i in items} == set(CHANNELS)
    assert {i["relationship"] for i in items} == set(RELATIONSHIPS)
    ready = sum(i.get("labelled_ready", i["ready"]) for i in items)  # as the coach said
    assert 0.3 <= ready / len(items) <= 0.5, ready
    assert len({i["id"] for i in items}) == len(items)
    for item in items:
        blocking = [r for r in item["expect"] if BY_ID[r].info.severity != "info"]
        assert bool(blocking) != item["ready"], item["id"]
    header = path.read_text(encoding="utf-8").split("\n- id:", 1)[0]
    assert re.search(r"First run.*ready\W+agreement\W+0\.\d+", header, re.S), "record the first run"


@pytest.mark.parametrize("path", COACH_SETS, ids=lambda p: p.stem)
def test_checker_agrees_with_the_coach(path: Path):
    agreement = score(load_set(path))
    ready_bar, precision_bar, f1_bar = BARS[path.stem]
    misses = [f"{o.id}: coach {'ready' if o.coach_ready else 'not ready'}, "
              f"extra {sorted(o.fired - o.expected)}, missing {sorted(o.expected - o.fired)}"
              for o in agreement.outcomes if o.ready != o.coach_ready]
    assert agreement.ready_agreement >= ready_bar, misses
    assert (agreement.totals.precision or 0) >= precision_bar
    assert agreement.f1 >= f1_bar
