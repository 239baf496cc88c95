"""Every caption a blind reader judged not fluent (docs/quality.md), rebuilt from its frame
with today's rules: the words the reader quoted as the error must be gone. Cases not yet
fixed are strict xfails carrying the reader's reason, so a fix shows up (as XPASS, which
fails until the case leaves the list) and an unfixed case stays visible in every run."""
from __future__ import annotations

import re
from functools import lru_cache

import pytest

from judged import PROPBANK, judged_cases
from srlcap.build import BUNDLED_SAMPLE
from srlcap.frames import assign_entities
from srlcap.readers import read_vidsitu, read_vsann_file

ROUNDS = ("round1", "round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9",
          "round10", "round11", "round12", "round13", "round14", "round15", "round16", "round17", "round18", "round19", "round20", "round21", "round22", "round23")

# Judged not fluent and not fixed yet: "round/id" of the sample (the reader's reason is the
# xfail's). Remove an id when its case passes.
# Fixed by the manner-adverb rule (on the side of the verb PropBank's examples put it,
# with an object or without; realise._before_verb): round7/q001 ("laughs
# uncontrollably"), round7/q107 ("runs curiously towards the crater"), round4/q094 ("looks
# closely at the wound"); by the order of trailing phrases (realise._trailing_order):
# round7/q170 ("onto the boat at sea with effort"). Of two faults only the adverb one:
# round7/q008 ("watch it hopefully"; the odd causal link "That lets her" stays) and
# round7/q045 ("stands up embarrassedly"; "laugh loudly at the man" still has no pronoun).
# Passing only because the adverb moved, not fixed: round2/q017 ("That lets him stare
# coldly": the odd link stays), round7/q102 ("That lets her yell angrily": the link and the
# repeated adverb stay), round2/q055 and round5/q107 ("parents watch them fondly": still
# no determiner before "parents").
# Fixed by the two merged together (adverbs after the verb, pronouns and shorter mentions
# in the story): round7/q039, q097, q105, q169, q179; round7/q089 only in part ("looks
# confusedly around" is still awkward).
# PropBank event voice (a roleset with a doer and no active-Arg1 example says a bare
# Arg1 subject in the passive; realise._make_plan): round3/q046 ("Your own mind is made
# up on the issue"), round5/q106 ("The sea-ice surface is imaged"), round7/q136 ("The
# land is reappropriated"), round8/q108 ("They are coated with silver or aluminum"),
# round8/q118 ("He is clothed in an ample robe"); a filler of past time puts the verb in
# the past: round8/q025 ("donned his robes so he could"), round8/q175 ("then in grade 3,
# attended"); a doer's nominal preposition goes: round8/q016 ("Delta Airlines and its
# pilots dispute labor"; "dispute labor" is PropBank's own pairing). Passing only by
# words, not fixed then: round4/q032 (its agreement is fixed in round 13, below), round4/q049 ("Fun times are byoed": the verb is still a nonce), round6/q002 ("The
# coronary is collateralized": the voice is fixed, the bare "coronary" is PropBank's),
# round8/q084 ("Himself is accursed for his brethren": still garbled).
# Fixed by Enables told as the next step, with no purpose (one's own deed after "and", another's
# after ", and"; realise._anchor_form): round8/q047, q082, q105, q129; with a path's end not
# told again (Realiser._path_told): round8/q136 ("towards the lane ... down the lane"). Passing only because "so he can say a
# toast" is now "and says a toast", not fixed: round2/q064, round5/q144, round6/q142 ("say a
# toast to a family"). Fixed by a manner not said again right after (realise._tell):
# round8/q004 ("angrily opens the car door ... yells at him"). Fixed by a pronoun after a
# preposition (Realiser._pronoun_after_preposition): round8/q050 ("from him").
# Fixed by "that" read as a determiner, so the pool is the passive's subject ("That
# unnamed, unnameable pool is harbored in its secret bosom"; analysis.phrase_from_doc):
# round9/q159 (it passed before only by its quote's "...").
# Fixed by a reaction said as English tells one ("Hearing this", "Seeing this", or the
# temporal connective where the one reacting took part; never two such links in a row;
# Realiser._reaction_lead): round2/q005 ("in reaction" twice in a row); round9/q081 (it
# passed before only by its quote's "..."; now "Seeing this, ... Finally, ..."). Fixed by the one
# acted on acting back told after ", and" (realise._Counter): round8/q112 ("which makes
# the instructor effortlessly catch"). Passing only in part: round8/q029 (one's own next
# deed after plain "and", not "and so"; the repeated "the photograph" stays).
# Fixed by "it" for the thing the event before acted on or went to, as the one object
# after a preposition too, and "him" for a person told before by some of the words of
# their description (Realiser._it, _thing_gone_to, _named_shorter): round9/q008
# ("towards the young man ... hugs the young man"), round9/q068 ("towards the crater and
# looks cautiously at the crater").
# Fixed by a participle that says how the doer was set off after the rest with a comma
# (Realiser._depictives): round8/q037 and round9/q037 ("opens the car door, dazed", "runs
# into an alley, limping"; round9/q037's "In reaction" is "After that" by the reaction
# rule, the man having turned the wheel), round8/q086 ("stands up, embarrassed", not
# "embarrassedly").
# Passing only in part: round9/q103 (one of a group told before is "the explorer", told
# apart by number, _distinguishing; the scene the event names itself is not said,
# Realiser._scene_in_core; "falls into the snow, exhausted," set off; the causal "which
# makes a man ... lift" the reader found odd and "out of the snow to his feet" stay).
# Fixed by one of a counted group with its own description told as one of those, definite
# (_Discourse.refer): round4/q033, round6/q148, round9/q129 ("the bandit with the red
# bandana" after "two bandits with bandanas"; the readers' "one of them" is not the words,
# the link is the fix; round9/q129's "In reaction" is "Finally" by the reaction rule).
# Fixed by a setting that would split a hearer from what is said opening the caption
# (realise._clause, standalone): round8/q028 ("to a woman with blonde hair in a log cabin
# about their father"); by a depictive set off by its part of speech ("Dazed, a man ...",
# "..., limping"): round9/q064, round9/q079, round8/q149, and in the story round8/q037
# ("opens the car door, dazed") and round8/q086 ("stands up, embarrassed", not
# "embarrassedly"; its "In reaction" had gone before); by a setting the object's compound
# names not said (realise._setting_named): round9/q106 ("the tent flap inside the tent");
# by a room told as the scene's building's (Realiser._part_in_scene): round9/q155 ("the
# museum gallery"); by a standalone caption's people (Realiser._standalone): round9/q063
# ("towards a young man"), round4/q168 ("a woman's purse"). Fixed but still listed, as the
# reader's quote holds words the fix keeps: round9/q011 ("should follow 'talks
# casually'"), round9/q018 ("should be 'her grandfather'", now said), round9/q094 ("her
# hand" is "a woman's hand"; the collocation 'softly holds' stays), round9/q076 and q133
# (the setting fixed; "a red flannel", "if she would dance" stay), round9/q123 ("The
# parents watch them": the quote is the words in lower case). Half fixed, still listed:
# round8/q083 ("His friend" is "A friend", Realiser._stranger_subject; "gives a wallet
# back" stays), round7/q113 ("on a snowy tundra"; "out of the snow" stays). Passing only
# because words changed, not fixed: round4/q127 ("says a toast to his family": kin is the
# subject's, Realiser._standalone; "says a toast" stays).
# A role's leading preposition that its description's verb brings, not this one (PropBank
# shows the Arg1 bare and never after it; realise._describes_bare): round9/q098 ("omits
# out"), round9/q099 ("shapes on it"), round3/q102 ("inject in the altered virus");
# passing only because the preposition went, the verb stays: round5/q024 ("scant the older
# children"), round8/q169 ("spaces sending my shirts out"). No capital mid-sentence
# (realise.sentence_capital, realise._render): round9/q012 ("burgle A house"), round8/q017
# ("rich Fields"), round8/q139 ("my Windows"). A bare singular count noun as the subject,
# or opening PropBank's sentence, takes "the" (Realiser._articles_of_notes):
# round9/q015, round8/q005, round5/q045, round9/q030 ("The patient in 814 codes").
# Fixed before by other rules, seen only now that a reader's suggestion ("should be 'by
# playing'", "needs 'A batter'") is not taken for the error and an article before the
# quoted words answers a missing-article complaint: round1/q073, round2/q073, round8/q006,
# round8/q066, round8/q137; round3/q060 in part ("the two men" now, but "hide out quickly
# behind" is still the odd verb). Passing only because the quote "envisages ... were" is no
# literal text (the article is fixed; the tense clash stays): round6/q011.
# A nominal's preposition PropBank never shows for the role goes (Realiser._foreign_prepositions):
# round9/q142 and round3/q050 ("Its work force is reduced by 24%", no "Someone ... its"),
# round9/q158 ("blames the scandal on a staff member"), round8/q013 ("confuses 'effect' and
# 'affect'"); passing only by words, not fixed: round4/q045 and round8/q172 ("is prided":
# the verb still wants "prides himself on"), round5/q089 ("The clear canvas is stroked of
# the brush": still garbled). Agreement with the last noun of a compound the parse split
# after a cut preposition (analysis.Phrase._tail): round9/q031 ("directories shift").
# The result before the means (realise._names_result, Realiser._objects): round9/q101
# ("stabbed to death with a large knife"). An owner's "'s" alone is no filler
# (realise._wordless): round8/q003 ("Someone matchmakes"). Fixed by the kin rules of the
# standalone event captions (events4), seen once a reader's suggestion is not taken for the
# error: round9/q018 ("hugs her grandfather"), round9/q123 ("The parents watch them").
# Fixed by a reaction told plainly after a sentence not about its anchor (Realiser._join):
# round10/q001 ("Seeing this, guests joyfully throw rice" after another event). Passing
# only because the reader's quote is not the text's words ("Michael diverts its ...
# potatoes", "The batter ... walks intentionally"), not fixed: round10/q047, round10/q139.
# Fixed by "a number of things" agreeing with the things, and names coordinated by an
# "and" on the last of three agreeing in the plural (analysis._plural): round10/q014,
# round10/q155; by "at a sidewalk café" (grammar locatives): round10/q035.
# Fixed by another's deliberate act after a cause told as the next step after ", and"
# (Realiser._deliberate_act): round10/q169 ("turns around, and a man in a grey hoodie grabs him").
# Fixed by an earlier cause told by the time order (no "All this makes", realise._anchor_form)
# and one told of before said short after a preposition (Realiser._shorter_after_preposition):
# round10/q129 ("runs worriedly towards the worker"), round7/q085 (the same clip: "as a result"
# and "the young worker in the orange vest" gone).
# Fixed by the thing just looked at told as "it" after a direction's preposition
# (Realiser._it_after_preposition), with Enables told as the next step and the participle set
# off (earlier rules): round8/q070 ("looks nervously at a hayloft, and a man ... jumps down from it").
# Fixed by a look's direction towards a thing not said beside the one seen (Realiser._look_goal):
# round11/q006 ("he looks towards the door at her" is "he looks at her"), round10/q106 (the same
# clip; its "which makes ... pick up the shoe" was fixed before). Fixed by a venue's audience told
# with "the" (Realiser._audience_of_venue, [lexicon.venues]): round11/q114 and round8/q072 ("a crowd
# shouts" in a baseball stadium); round10/q072 only in part ("the crowd jumps up" in a boxing ring;
# "the boxer in blue shorts" is still repeated).
# Fixed by a filler after a preposition that is only a relative or interrogative word left
# out (realise._wh_alone): round4/q096, round11/q033 ("acquits him of which"), round4/q112
# ("for why"), round11/q043 ("with how"); by a filler opening with a preposition of several
# words taking no other (Realiser._opens_with_preposition): round11/q134 ("with according
# to"); by a bare singular count noun after the role's preposition taking "the"
# (Realiser._articles_of_notes): round11/q001 ("with the wrecking ball"); by a coordination
# the parse hangs off the first word (analysis._plural): round11/q112 ("He and his co-pilot
# land"); by the scene after stacked places opening the caption (realise._stacked):
# round11/q106 ("On a factory floor, ... on the ground"), round11/q010, round11/q105 (its
# "out of the snow to his feet" stays), round10/q068 ("On a suspension bridge, chunks of
# concrete fall from the towers onto the road"); by "him" beside a parent told as their
# child (Realiser._standalone): round11/q111 ("talks softly to her son"). Fixed but still
# listed, as the reader's quote is inside the new words: round11/q071 ("Pelosi weasels").
# A quote the reader shortened with "..." is now matched part by part (_still_said):
# these passed only because the shortened quote was never said whole, and are not fixed:
# round1/q056, round1/q094, round1/q110, round1/q128, round2/q043, round6/q011,
# round10/q047, round10/q139.
# Fixed by the head of a misread parse found before its modifiers (analysis._head_before_modifiers):
# round12/q167 ("PASOK members of Parliament refer"); round12/q092 too ("Price competition
# ... restrains"), still listed as the reader's quote is inside the new words.
# Fixed by what a known measure held told as known (_Discourse.refer, _contents): "picks up
# the broken plates" after "a stack of plates" (round7/q117, round8/q053, round12/q016).
# PRO written without its stars is an empty category too ("Pro gargles with Listerine",
# "Pro calendars it", "entertains PRO-5": round10/q141, round12/q095, round12/q109).
# Passing only because the placeholder went, not fixed: round5/q139 ("Someone tweaks":
# the object is still missing).
# Fixed by the sequence of tenses (a filler telling its own clause in the past, or a past
# time, puts the verb in the past; realise.tells_past): round1/q094 ("caused ... to jump
# ... yesterday"), round1/q128 ("dashed off ... as he painted"), round6/q011 ("envisaged ...
# were"; its article was fixed before). Passing only by the tense, not fixed: round5/q055
# ("pleased yourselves with": the idiom stays), round12/q043 ("hoaxed": the verb stays).
# Fixed by a reflexive before the particle (realise._place_particle): round10/q089 ("pass
# themselves off as"). Fixed by a "that" clause after the one told (realise._content_clause):
# round5/q118 ("claimed to her that his gun wasn't a real firearm"). Fixed by the tense with
# tokens set as written ("No. 13", readers.common): round10/q138 ("inherited ... from a parent
# who had had"); with names closed as the subject's apposition (realise._names_after):
# round12/q100 ("Stanley Cohen and Herbert Boyer, transplanted ... which then reproduced").
# round12/q109 ("a National Trust/Swimming entertains PRO-5") is fixed by the slash set
# against its words and PRO read as an empty category (below). Fixed by the tense but
# still listed, as the reader's quote holds words the fix keeps: round9/q078 ("declared ...
# that she had given birth"), round10/q088 ("figured prominently ... earlier this year"),
# round8/q065 ("intuited that ... were"; "Christe" stays). Fixed by a lone "what" said as the
# statement's "something" (Realiser._indefinite_for_wh): round10/q074 ("A Lien victory means
# something for the New Party").
# A scene says no place another phrase says, by its rest or an adjective made from the
# other's noun ("through the rain on a rainy street", "On a yacht at sea ... into the
# sea": round11/q122, round13/q122, round13/q170).
# A share agrees with its whole (analysis._of_what_share): round13/q159 and round4/q032
# ("Only 8% of patients are radiographed"). A lone preposition is a particle and one word of
# hyphened words round a preposition an adverb, neither taking the role's preposition
# (analysis._kind, _hyphened_idiom): round13/q054 and round3/q171 ("drowses off"), round10/q175 ("foxtrots off"), round13/q007 ("executed day-to-day").
# An age before its noun hyphened (readers.common._AGE): round13/q171 and round9/q176 ("The 40-year-old Mr. Pope").
# A doer that is several: an unsaid one PropBank describes so, or a reciprocal's, is "people"
# (realise._group_doer, _reciprocal_in): round13/q148 ("People riot"), round3/q174 ("People
# deter each other"), round4/q078 ("People collide over the Hudson"). Half fixed, still listed:
# round13/q006 (a plural doer's "the other" is "each other", realise._reciprocal: "They snitch
# on each other"; the list of quotes without commas is the filler's own). A verb of making feel
# (VerbNet's amuse-31.1) with no one who feels says them as "people" (realise._MAKES_FEEL):
# round13/q022 ("Making a living concerns people"); round1/q088 and round2/q088 ("Bogart
# embarrasses people with his over-acted insanity": an object now, though the reader read
# "himself"; "over - acted" was fixed before). A scene after two prepositional phrases of
# any kind, a manner's too, opens the caption (realise._many_phrases): round10/q132 ("In a
# diner, customers ... in surprise"); round13/q075 only in part ("In a martial arts dojo,
# ... to the mat with a twist": the stack is gone, "with a twist" stays).
# Fixed by a subject after another core role's "by" doer numbered before it said in the
# passive (realise._by_agent): round14/q001 ("The building is hemmed in by"); by a vessel
# scene after "overboard" told as where it goes from: round14/q067; by "Later," for a deed
# that undoes the one before (Realiser._join): round14/q059; by "the" before a bare
# initialism of a name said with "the" (realise._THE_INITIALISMS): round14/q066 ("tours the
# US"). Passing only in part: round14/q162 ("puts out the fire on her cloak", a mass noun
# told where it is, analysis._located_mass; the annotation's "wears a dragon-scale shield"
# stays); round10/q045 the same ("puts out the fire on her cloak").
# Passing only in part (caps17): round9/q080 ("The C-terminal end of RNAP II is ...": a
# bare place as the subject takes "the", realise._SUBJECT_COUNT_SENSES; "is
# hyperphosphorylated elongation complex" stays garbled).
# caps18: a filler that took the event's own verb along is cut before it
# (realise._own_predicate_cut): round17/q038; a plural owner's lost apostrophe
# (realise._lost_apostrophe): round16/q079, round17/q132. Passing only in part: round15/q124
# ("gives his wallet back", realise.Realiser._receivers_own; "A friend" (whose?) stays);
# the same clip's round5/q028, round8/q083, round9/q058 (their other complaints were fixed
# before); and
# round17/q026 stays in NOT_YET for its repeated "his friend" though it now says "gives his
# wallet back to him". A cause said with "by" beside an Arg1 acting itself makes a passive
# (realise.Realiser._caused_by): round17/q147. round17/q176 now says "He himself is
# accursed" (realise._REFLEXIVE_SUBJECT) but stays in NOT_YET: the reader's quoted
# "Himself is accursed" is, case folded, inside the fix. A rate ending its phrase is open
# (realise._open_rate): round17/q071 ("bids $27.50 a share").
# clips19: a particle of leaving before a goal into or onto a place goes
# (realise._PARTICLES_OF_LEAVING): round15/q178, round18/q076 ("throws an umbrella into a
# trash can"); a standalone look's direction is not stacked on whom it looks at
# (Realiser.natural_parts, _look_goal): round18/q146, round4/q073, round14/q120.
# A thing told bare and later described is described at its first mention
# (Realiser._described_first: "from a wooden chest ... opens the chest"): round18/q135,
# round1/q098; in part round14/q013 (its "hides it in her pocket from her brother", the
# annotation's order, stays). A location "on"/"at" a place the story set its people on,
# at or along is not said again (Realiser._ground_told, _PLACES_ALIKE): round16/q094,
# round18/q103 ("walks along the pier ... punches him hard", not "... on the wooden dock").
# A goal is said where it is reached: on the fall of the one pushed, not on the push
# (Realiser._goal_reached_next): round17/q047, round7/q163.
# A reaction to the anchor after bystanders' reaction names what was seen ("Seeing the
# waitress drop the stack, ..."; Realiser._join, _bystanders), and a thing's source where
# the story put it is not said (Realiser._source_known: no "from the floor"): round18/q154.
# One whose gender the clip does not say goes on in the same sentence with ", then" (a
# third and a fourth deed; Realiser._join, _one_doer): round13/q144 ("the engineer"),
# round18/q161 in part ("the guard" once; the annotation's "listens to footsteps"
# stays); passing only because the text changed, not fixed: round14/q076 ("catches up
# breathlessly with the thief" stays, the thief's gender unsaid). round17/q158 (the same
# clip) stays in NOT_YET: its quoted 'listens to footsteps' is the annotation's.
# clips20: a third deed of one of unknown gender makes a list ("A, B and C"), a fourth a
# sentence of its own, no ", then" (Realiser._join, _listable): round19/q144. One told bare
# and later with what they wear or have ("in"/"with") is told so at the first mention
# (Realiser._described_first): round19/q043. A person placed by whose they are is "the
# friend" when told again short (realise._short_definite): round19/q121. The object the
# subject's description names, by its noun alone, is "it" (realise._it_of_named): round19/q151.
# caps19: a reduced relative's head
# gives the subject its number (analysis._reduced_relative_head): round18/q120. A particle of
# direction goes before an amount (realise._is_amount): round18/q010 ("shoot up 23 points").
# What a saying is about comes after whom it is said to (realise._ADDRESSEE): round18/q178.
# An aside of two describing words is closed before the verb (realise._adjectives_after):
# round18/q038. A direction that is a path preposition takes a bare way's place
# (realise._PATH_ADVERBS): round18/q044. A question PropBank asked ends with "?"
# (Realiser._asks): round18/q175. A past modal's perfect in a filler puts the verb in the past
# (realise._PAST_PERFECT_MODALS): round18/q089 ("lobbied for legislation that would have").
# An acronym and a plural noun alone are a noun phrase (analysis.phrase_from_doc): round16/q030
# ("People wave ANC flags in the stands"). A nominal's "to" before a role PropBank shows only
# bare goes (Realiser._foreign_prepositions): round18/q179 ("Soviet aids Kabul"; the bare
# "Soviet" as the doer stays). A verb of contingency with no subject takes "it" (grammar
# impersonal_verbs): round18/q002 ("It depends upon how many warrants ..."). A title of a
# plural word, "of" and a name takes "the" (realise._plural_title): round17/q159.
# caps20: an instrument said with "with" and no doer makes the passive (realise._make_plan,
# _ASPECTUAL): round19/q153 ("A suicide vest is tipped with nails"). A lone describing word as
# the doer or a purpose is not said (Realiser._adjectives_alone): round19/q134 ("That region is
# aided"), round19/q067 ("Someone decides for energy"; "decides for" is PropBank's own).
# One's own body part moved by a verb of the body makes its owner the doer
# (Realiser._own_body_verb): round19/q049 ("You twiddle your thumbs"), fixed but still listed:
# the reader's quoted idiom 'twiddle your thumbs' is the fix's own words.
# capb: a bare singular group as the subject takes "the" (realise._SUBJECT_COUNT_SENSES,
# _group_as_domain): round20/q041 ("The family gathers"). A noun and the past participle
# describing it, read as a clause, is a noun phrase (analysis._participle_described):
# round20/q030 ("A fishing boat crowded with ... capsizes at least twice"). A filler opened
# by a correlative before a preposition takes no role's (Realiser._opens_with_preposition):
# round20/q166 ("anchored either to gold", not "with either to gold"). A body part the doer
# uses, said with "a", is their own (Realiser._own_body_means): round1/q179, round2/q179,
# round20/q137 ("splinters the barrier using his massive shoulder").
# cap2: a bare singular subject takes "the" where English counts its noun, by how often
# PropBank's sentences say it with "a" (grammars/count_nouns_propbank.json,
# Realiser._counted): round21/q027 ("The runner slides"), round21/q117 ("The disk protrudes"),
# round11/q119 ("The wish is fulfilled"); a mass noun stays bare: round14/q124 ("Bear bile is
# extracted"). Passing only in part (the article fixed, the rest stays): round9/q167 ("The
# hernia recurs ten"), round13/q049 ("The ileostomy is diverted with loop"), round14/q038
# ("The price retreats at least thirty to forty dollars"). Passing only because the text
# changed, not fixed: round17/q111 ("Yearly output exceeds designed capability"). An
# example whose Arg1 stands before the verb is no active use of it where the verb is a
# participle with no auxiliary (a reduced relative the parser took for a small clause) or
# an infinitive modifying another noun (make_lexicons.is_passive, modifies_other_noun), so
# a bare Arg1 is said in the passive: round21/q087 ("Hair is clipped from ..."),
# round21/q103 ("These problems are thrashed out"), round4/q091 ("Her hand is bandaged
# up"), round4/q113 ("Your experience is historicized").
# eo: he or she of two sentences back where nobody told of since could be called so
# (Realiser._refer_back, issue 14). Passing only because "the woman meets him" is now "she
# meets him", not fixed (the verb "meets" stays): round11/q088, round17/q153.
# cap3: a note in square brackets the tokeniser spaced is an editor's, not the writer's
# words, and goes (readers.common._UNTOKENISE): round22/q093 ("They come along").
# A role named by a participle hyphened to its preposition ("mailed-to") takes it
# (Realiser._core_preposition): round22/q147 ("fedexes his package to his mother"); the
# verb's preposition an example left outside the span counts (make_lexicons.outside_preposition):
# round22/q170 ("betroth her to a young nobleman"), round1/q176 and round2/q176 ("dimerizes
# with a novel variant H2B"), round3/q067 ("are transfected with wild-type EGFR"),
# round4/q041 ("is palmitoylated with long-chain fatty acids").
NOT_YET = {
    "round1/q004",
    "round1/q035",
    "round1/q041",
    "round1/q043",
    "round1/q051",
    "round1/q057",
    "round1/q067",
    "round1/q076",
    "round1/q082",
    "round1/q085",
    "round1/q091",
    "round1/q101",
    "round1/q118",
    "round1/q139",
    "round1/q146",
    "round1/q154",
    "round1/q156",
    "round1/q177",
    "round2/q032",
    "round2/q035",
    "round2/q041",
    "round2/q051",
    "round2/q057",
    "round2/q067",
    "round2/q082",
    "round2/q091",
    "round2/q101",
    "round2/q118",
    "round2/q154",
    "round2/q177",
    "round3/q005",
    "round3/q024",
    "round3/q028",
    "round3/q029",
    "round3/q040",
    "round3/q049",
    "round3/q051",
    "round3/q066",
    "round3/q076",
    "round3/q088",
    "round3/q091",
    "round3/q092",
    "round3/q156",
    "round3/q166",
    "round4/q024",
    "round4/q027",
    "round4/q031",
    "round4/q042",
    "round4/q068",
    "round4/q088",
    "round4/q093",
    "round4/q104",
    "round4/q114",
    "round4/q144",
    "round4/q165",
    "round4/q175",
    "round5/q003",
    "round5/q019",
    "round5/q022",
    "round5/q023",
    "round5/q027",
    "round5/q037",
    "round5/q051",
    "round5/q059",
    "round5/q061",
    "round5/q062",
    "round5/q063",
    "round5/q069",
    "round5/q079",
    "round5/q086",
    "round5/q092",
    "round5/q095",
    "round5/q109",
    "round5/q146",
    "round5/q149",
    "round5/q163",
    "round5/q165",
    "round6/q003",
    "round6/q022",
    "round6/q063",
    "round6/q075",
    "round6/q104",
    "round6/q119",
    "round6/q133",
    "round6/q137",
    "round6/q140",
    "round7/q009",
    "round7/q054",
    "round7/q059",
    "round7/q073",
    "round7/q076",
    "round7/q082",
    "round7/q091",
    "round7/q109",
    "round7/q110",
    "round7/q113",
    "round7/q124",
    "round7/q127",
    "round7/q129",
    "round7/q164",
    "round7/q176",
    "round7/q178",
    "round8/q002",
    "round8/q010",
    "round8/q011",
    "round8/q014",
    "round8/q022",
    "round8/q023",
    "round8/q030",
    "round8/q035",
    "round8/q041",
    "round8/q048",
    "round8/q051",
    "round8/q061",
    "round8/q064",
    "round8/q065",
    "round8/q073",
    "round8/q075",
    "round8/q085",
    "round8/q090",
    "round8/q101",
    "round8/q103",
    "round8/q106",
    "round8/q110",
    "round8/q113",
    "round8/q115",
    "round8/q122",
    "round8/q123",
    "round8/q131",
    "round8/q135",
    "round8/q141",
    "round8/q161",
    "round8/q168",
    "round8/q171",
    "round9/q004",
    "round9/q011",
    "round9/q040",
    "round9/q044",
    "round9/q045",
    "round9/q053",
    "round9/q054",
    "round9/q057",
    "round9/q059",
    "round9/q069",
    "round9/q071",
    "round9/q072",
    "round9/q076",
    "round9/q077",
    "round9/q078",
    "round9/q083",
    "round9/q091",
    "round9/q094",
    "round9/q111",
    "round9/q112",
    "round9/q115",
    "round9/q116",
    "round9/q121",
    "round9/q133",
    "round9/q137",
    "round9/q140",
    "round9/q143",
    "round9/q145",
    "round9/q149",
    "round9/q157",
    "round9/q162",
    "round9/q166",
    "round9/q169",
    "round10/q006",
    "round10/q009",
    "round10/q018",
    "round10/q020",
    "round10/q025",
    "round10/q033",
    "round10/q037",
    "round10/q042",
    "round10/q048",
    "round10/q055",
    "round10/q056",
    "round10/q060",
    "round10/q071",
    "round10/q082",
    "round10/q085",
    "round10/q088",
    "round10/q100",
    "round10/q104",
    "round10/q116",
    "round10/q128",
    "round10/q140",
    "round10/q146",
    "round10/q148",
    "round10/q172",
    "round10/q177",
    "round11/q005",
    "round11/q015",
    "round11/q045",
    "round11/q060",
    "round11/q066",
    "round11/q070",
    "round11/q071",
    "round11/q074",
    "round11/q093",
    "round11/q098",
    "round11/q099",
    "round11/q116",
    "round11/q118",
    "round11/q124",
    "round11/q125",
    "round11/q139",
    "round11/q149",
    "round11/q150",
    "round11/q153",
    "round11/q158",
    "round11/q161",
    "round11/q163",
    "round11/q175",
    "round11/q177",
    "round1/q056",
    "round1/q110",
    "round2/q043",
    "round10/q047",
    "round10/q139",
    "round12/q005",
    "round12/q019",
    "round12/q047",
    "round12/q058",
    "round12/q078",
    "round12/q080",
    "round12/q092",
    "round12/q122",
    "round12/q131",
    "round12/q135",
    "round12/q141",
    "round12/q142",
    "round12/q156",
    "round12/q160",
    "round12/q173",
    "round12/q176",
    "round12/q178",
    "round12/q179",
    "round13/q006",
    "round13/q009",
    "round13/q010",
    "round13/q020",
    "round13/q025",
    "round13/q064",
    "round13/q073",
    "round13/q079",
    "round13/q080",
    "round13/q084",
    "round13/q091",
    "round13/q123",
    "round13/q128",
    "round13/q150",
    "round14/q009",
    "round14/q015",
    "round14/q028",
    "round14/q098",
    "round14/q144",
    "round14/q149",
    "round14/q174",
    "round14/q175",
    "round15/q007",
    "round15/q069",
    "round15/q092",
    "round15/q097",
    "round15/q098",
    "round15/q144",
    "round15/q157",
    "round15/q173",
    "round16/q004",
    "round16/q013",
    "round16/q018",
    "round16/q019",
    "round16/q020",
    "round16/q022",
    "round16/q035",
    "round16/q036",
    "round16/q043",
    "round16/q055",
    "round16/q067",
    "round16/q100",
    "round16/q106",
    "round16/q111",
    "round16/q143",
    "round16/q144",
    "round16/q149",
    "round16/q155",
    "round16/q160",
    "round16/q171",
    "round16/q175",
    "round17/q021",
    "round17/q026",
    "round17/q032",
    "round17/q048",
    "round17/q078",
    "round17/q082",
    "round17/q087",
    "round17/q100",
    "round17/q101",
    "round17/q106",
    "round17/q116",
    "round17/q125",
    "round17/q127",
    "round17/q137",
    "round17/q141",
    "round17/q144",
    "round17/q157",
    "round17/q158",
    "round17/q176",
    "round17/q178",
    "round18/q004",
    "round18/q012",
    "round18/q013",
    "round18/q019",
    "round18/q023",
    "round18/q059",
    "round18/q072",
    "round18/q097",
    "round18/q100",
    "round18/q113",
    "round18/q124",
    "round18/q130",
    "round18/q140",
    "round18/q149",
    "round18/q156",
    "round18/q173",
    "round19/q014",
    "round19/q035",
    "round19/q042",
    "round19/q049",
    "round19/q051",
    "round19/q065",
    "round19/q079",
    "round19/q088",
    "round19/q106",
    "round19/q125",
    "round19/q141",
    "round19/q157",
    "round19/q171",
    "round19/q173",
    "round19/q180",
    "round20/q020",
    "round20/q035",
    "round20/q037",
    "round20/q048",
    "round20/q049",
    "round20/q072",
    "round20/q078",
    "round20/q094",
    "round20/q097",
    "round20/q103",
    "round20/q108",
    "round20/q119",
    "round20/q128",
    "round20/q132",
    "round20/q135",
    "round20/q152",
    "round20/q160",
    "round20/q167",
    "round20/q169",
    "round20/q178",
    "round21/q003",
    "round21/q010",
    "round21/q013",
    "round21/q026",
    "round21/q041",
    "round21/q043",
    "round21/q067",
    "round21/q090",
    "round21/q093",
    "round21/q105",
    "round21/q141",
    "round21/q151",
    "round21/q160",
    "round21/q168",
    "round22/q008",
    "round22/q016",
    "round22/q024",
    "round22/q025",
    "round22/q036",
    "round22/q037",
    "round22/q047",
    "round22/q058",
    "round22/q062",
    "round22/q065",
    "round22/q069",
    "round22/q072",
    "round22/q077",
    "round22/q099",
    "round22/q103",
    "round22/q118",
    "round22/q129",
    "round22/q132",
    "round22/q146",
    "round22/q148",
    "round22/q157",
    "round22/q173",
    "round23/q008",
    "round23/q009",
    "round23/q010",
    "round23/q024",
    "round23/q047",
    "round23/q049",
    "round23/q059",
    "round23/q081",
    "round23/q086",
    "round23/q087",
    "round23/q089",
    "round23/q120",
    "round23/q123",
    "round23/q135",
    "round23/q141",
    "round23/q143",
    "round23/q144",
    "round23/q148",
    "round23/q167",
}


def _cases():
    return judged_cases(ROUNDS, NOT_YET, lambda j: not j["fluent"])


@lru_cache(maxsize=None)
def _clips(source: str) -> dict:
    if source == "propbank":
        records = read_vsann_file(PROPBANK, "dev", frozenset({"direction", "manner", "location", "purpose", "goal"}))
    else:
        kinds = frozenset({"direction", "manner", "location", "purpose", "goal"})
        records = [*read_vidsitu(BUNDLED_SAMPLE, "train", kinds), *read_vidsitu(BUNDLED_SAMPLE, "valid", kinds)]
    out = {}
    for clip in records:
        out.setdefault(clip.clip_id, clip)  # the first annotation, as the sample was drawn
    return out


def _offending(reason: str) -> list[str]:
    """The words the reader quoted as wrong: 'in a beach'; suggestions are not, in brackets
    or said so ("instead of 'she'", "where 'him' fits", "where 'she' is expected", "should
    use 'him'")."""
    reason = re.sub(r"\([^)]*\)", "", reason)
    reason = re.sub(r"\binstead of\s+'[^']*'", "", reason)
    reason = re.sub(r"'[^']*'\s+(?:is expected|fits)\b", "", reason)
    # what the reader would write: "'omits out' should be 'omits'", "needs 'The knee'/'A knee'"
    reason = re.sub(r"\b(?:should be|needs)\s+'[^']*'(?:\s*(?:/|,|or)\s*'[^']*')*", "", reason)
    reason = re.sub(r"\bshould use\s+'[^']*'", "", reason)  # "... should use 'him'"
    # one word with a space either side is the gap between two quotes, the first closed
    # early by an apostrophe ("'a woman's hand' and 'kiss ...'": not " and "; " - " is a quote)
    return [q for q in re.findall(r"'([^']{3,})'", reason)
            if not (q[0].isspace() and q[-1].isspace() and q.strip().isalpha())]


#: two quotes the reader put in order ("'before the queen' then 'a queen in a golden
#: crown'"): the fault is the second said after the first, gone where the text no longer
#: says both in that order (a quote may then be right where it now stands)
_IN_ORDER = re.compile(r"'([^']{3,})',?\s+then\s+'([^']{3,})'")


def _still_said(quote: str, text: str, only_bare: bool) -> bool:
    """Whether the text still says the quoted words; ``only_bare``: not counting where an
    article comes right before them."""
    # a quote the reader shortened ("'Price competition ... restrain'") is its parts in order
    pattern = r"\b.*?\b".join(re.escape(part) for part in re.split(r"\s*(?:\.\.\.|\u2026)\s*", quote) if part)
    return any(not (only_bare and re.search(r"\b(?:the|an?)\s$", text[:m.start()], re.I))
               for m in re.finditer(pattern, text))


@pytest.fixture(scope="module")
def prose_realiser(grammar, nlp):
    """The realiser a build of the PropBank frames makes: its fillers are written prose
    (srlcap.analysis.is_written_prose), so bare nouns stay bare."""
    from srlcap.analysis import Analyser
    from srlcap.grammar import Realiser

    return Realiser(grammar, Analyser(grammar, nlp=nlp, written=True))


@pytest.mark.parametrize("item, reason", _cases())
def test_judged_error_is_gone(item, reason, realiser, prose_realiser):
    if item["source"] == "propbank" and not PROPBANK.is_file():
        pytest.skip("the PropBank frames are not in this workplace")
    if item["source"] == "propbank":
        realiser = prose_realiser
    clip = _clips(item["source"])[item["clip_id"]]
    events = list(assign_entities(clip.events))
    if item["level"] == "clip":
        text = realiser.realise_clip(events)["natural"]
    else:
        text = realiser.natural(next(ev for ev in events if ev.name == item["event"]))
    pairs = _IN_ORDER.findall(reason)
    quoted = _offending(_IN_ORDER.sub("", reason))
    if quoted or pairs:
        # a complaint about case ("capitalisation: 'an english garden'") is one about the letters as written
        fold = (lambda t: t) if re.search(r"capitali[sz]", reason, re.I) else str.lower
        # a complaint about a missing article ("'Patient is deconditioned'") is gone where
        # the words now come after one ("The patient is deconditioned")
        bare = re.search(r"\barticle", reason, re.I) is not None
        still = [q for q in quoted if _still_said(fold(q), fold(text), bare)]
        still += [f"{a} ... {b}" for a, b in pairs if _still_said(fold(f"{a} ... {b}"), fold(text), bare)]
        assert not still, f"{text!r} still says {still} ({reason})"
    else:
        assert text != item["text"], f"unchanged: {reason}"
