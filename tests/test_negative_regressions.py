"""Every hard negative a blind reader judged invalid (docs/quality.md: still true, not
fluent, or not a scene that could be filmed), checked against today's rules: the row's
generator, run as a build runs it (same dataset, seed and row), must no longer propose
that text. Not only the candidates a build keeps but every one it would try is
checked, so a case cannot pass by luck of the draw. A kind the bundled grammar turns off
passes by not being made. Cases not fixed yet are strict xfails with the reader's reason.
"""
from __future__ import annotations


import pytest

from judged import PROPBANK, judged_cases
from srlcap.build import BUNDLED_SAMPLE
from srlcap.schema import CLIP_EVENT, CLIP_KINDS

ROUNDS = ("neg1", "neg2", "neg3", "neg4", "neg5", "neg6", "neg7", "neg8", "neg9", "neg10", "neg11", "neg12", "neg13",
          "neg14", "neg15", "neg16", "neg17", "neg18", "neg19", "neg20", "neg21", "neg22", "neg22v", "neg23", "neg23v", "neg24", "neg24v")

# Judged invalid and not fixed yet: "round/id" (the reader's reason is the xfail's).
# Remove an id when its case passes.
# Passing only because the positive's words changed, not fixed: neg1/n018 and neg2/n089
# (event_order "runs away ... climbs out of the car": the clip no longer says "in reaction"
# on the last sentence), neg5/n072 (event_order: the story now says "the customers") and
# neg6/n088 (role_swap "Violetta Valery casts as Ms. Gruberova": PropBank's quote is
# now closed), and neg5/n025, neg5/n104, neg5/n124, neg6/n052, neg6/n056, neg6/n161
# (event_order, judged not a scene that could be filmed: the clip paragraph now joins the
# cause to the anchor and says "In reaction" with no connective, so the old words are gone).
# Likewise neg3/n065 ("calmly gyrates", now "gyrates calmly"), neg5/n128 ("gently
# retails"), neg5/n163 and neg6/n020 ("An old son ... reluctantly sits down"), neg6/n119
# and neg6/n151: a manner adverb the positive says now stands after its verb ("sits down
# reluctantly", "runs away quickly"; realise._before_verb), so the judged text is no
# longer made word for word.
# And neg8/n066 ("recklessly looks at"), neg8/n071 ("calmly shouts"), neg8/n110
# ("gracefully knocks at his juice") and neg8/n154 ("calmly gyrates"): drawn before the
# adverb rule was merged, their manner now follows the verb; the opposite is still said.
# The generator still proposes them in the new words. And neg8/n170 (event_order, "In
# reaction, the family drinks the wine" after the boy's juice): the positive now says "and
# says a toast", not "so he can say a toast", so the judged text is no longer made. Of two
# faults, only the fluency one is fixed: neg5/n154 ("filled out out"; a disk optimizer
# still "is filled out"), neg5/n205 ("dotes on You"; "He dotes on you" may still be
# true) and neg4/n173 ("pull the handling ... simpler ones"; now "from simpler ones",
# still near "separate").
# Passing by the PropBank event rules: neg8/n032 (role_swap "On Securities analysts burns
# Unisys": a doer loses its nominal's preposition, so the swap reads "Securities analysts
# burn Unisys", capital at the start). And neg5/n185 ("The white lobby's proposal"), once
# passing only by words, is fixed by no colour change of a party of people in prose
# (attributes._colour_of_a_party).
# Fixed by the mild side of a manner pair said only with a verb seen so
# (`[lexicon.opposites] seen_only`, argm._seen_manner): neg2/n204, neg9/n106 ("tenderly
# hewn"), neg5/n033 ("curses so gently"), neg6/n004, neg6/n098, neg8/n107 ("focusing more
# carelessly"), neg8/n179, neg9/n145 ("quietly shouts"), neg9/n030 ("gyrates calmly"),
# neg9/n103, neg9/n104 ("gradually puts", "gradually quits"), neg9/n176 ("politely pushes").
# Fixed by verbs of coming together never a negative of an act on someone
# (`[lexicon.presupposed]`) and the steps of approaching, fighting and handling in
# `[lexicon.entails]`: neg8/n168, neg9/n085 ("meets" for "fights"), neg9/n006 ("catches up
# with" for "approaches"), neg8/n183, neg9/n013 ("opens the envelope" for "picks up the
# envelope"); by one doer's two acts on one other in a clip counted as steps of one
# activity (VerbLexicon.together): neg5/n149 ("approaches a small table", then sits at it).
# Fixed by someone acted on only as the dataset shows the verb acting on someone, not
# PropBank's examples alone (verbs._takes_kind): neg8/n033, neg9/n038, neg9/n078,
# neg9/n177 ("turns a man"), neg7/n082 ("drops ... to the canvas" for "knocks down").
# Fixed by a place or path keeping its own preposition in a verb negative, a location
# said as a goal checked as a goal, and phrasal rolesets found for the checks
# (verbs._replaced, _moves_to, RolesetLexicon.for_verb): neg8/n144 ("pushes a sheet into
# to his chin"), neg9/n077 ("pushes a blanket into the patient"), neg5/n037, neg9/n107
# ("picks up an umbrella into a trash can"), neg6/n074 ("knocks two kids down to the
# school entrance", judged for the idiom only). Passing only by words: neg8/n111,
# neg9/n047 ("knocks two kids down to the school entrance" is now "knocks down two kids
# at the school entrance": fluent, but knocking kids down is still proposed for dropping
# them off).
# Fixed by no opposite for a word of a verb inside the filler, nor for a scene's
# modifier (base.under_a_verb): neg5/n186, neg9/n143 ("the pathway leading down the
# mountainside"), neg9/n050 ("in an effort to finish the job slowly"), neg9/n114 ("old
# east bank").
# Fixed by a swapped pronoun taking its new slot's case, and no swap of one person's two
# pronouns (roles._in_case): neg9/n150 ("the hitter is him, the thing hit is he"),
# neg9/n165, neg9/n201. Passing only by words: neg8/n178 (now "the signer is she, the
# talent is them", but "to fit her into a pop niche" still points the wrong way).
# Fixed by no swap of a predicate (PropBank's PRD, or said after "as"): neg9/n174 ("A
# volunteer starts out as Loretta"), neg8/n151 ("pass off themselves as some").
# Fixed by no entity named through a possessive pronoun as a replacement
# (roles._possessed): neg9/n040 ("Their father slaps a woman").
# Fixed by no attribute negative, in prose, for a capitalised title ("young Masters";
# attributes._named_with): neg8/n075, neg8/n123, neg9/n141.
# Passing only because the positive's words changed with the standalone event captions
# (events4), not fixed: neg6/n139 ("smiles at his father": a father is still drawn for
# the mother), neg8/n067 ("in a snowy tundra" is now "on"; the kick is still proposed),
# neg9/n094 ("Exhausted, a woman ... sits": another person of the clip still replaces).
# Fixed by an age word said only of a noun the data shows with it (attributes._fits):
# neg9/n191 ("A teenage man"), neg8/n153 ("A young sailor with a white beard"), neg8/n185
# ("the young ... Soviet flag"), neg4/n107, neg5/n069 ("young lard bucket").
# Passing only by words, not fixed: neg8/n007, neg9/n109 ("TV Stations ... as slowly as
# they are shot"): the plural of a common noun is no longer capitalised as a name
# (realise._render), so the judged text is no longer made; the replacement is still proposed.
# Fixed by a reaction told plainly after a sentence not about its anchor, after its own
# doer said as a pronoun, and after a whisper (Realiser._join, _reaction_lead):
# neg10/n097 ("drops a glass of juice. Seeing this, the family drinks the wine"),
# neg10/n124 ("Seeing this, he quietly cries" after his own act), neg10/n165 ("Hearing
# this" a whisper). Passing only by words: neg10/n098 (its "Seeing this" went; the farmer
# still runs to the crater before the meteor falls).
# Fixed by no swap of an entity named only against another ("the CEO's", "a dozen other
# producers"; roles._relative), nor of a pronoun where another pronoun stands in the
# frame (roles._pronouns_around), and a sentence's opening capital lowered when its
# filler moves inside another (Phrase.splice): neg8/n026, neg10/n147, neg10/n148,
# neg10/n155, neg10/n025 ("She senses me go limp in my arm"), neg10/n199 ("He drafts us
# from his clerkship"), neg10/n026 ("out of Little girls").
# Fixed by a verb negative keeping no purpose, which was the old act's
# (verbs._replaced): neg10/n135 ("sits down ... to leave the room"), neg6/n095,
# neg8/n042 ("disarmed for massive matching of documents"). Passing only by words (the
# purpose went, the verb is still the fault): neg8/n039 ("obviate court permission"),
# neg9/n091 ("borrows" for "loans"), neg10/n154 ("investors spread in the board room").
# Fixed after neg11: a mass noun has no opposite (argm: "in a lack of dark", "dots of
# dark": neg2/n036, neg5/n153, neg8/n093, neg10/n123, neg11/n097, neg11/n121); a pronoun
# of another number keeps its swap out ("the agent is soldiers ..., the entity moving is
# his arm": neg11/n046); waving is reciprocal (neg11/n123); chasing takes catching
# (neg11/n004). A titled name is a person, who does not swap with a firm ("The company
# runs Mr. Stromach": neg10/n180, neg11/n122); a filler holding a quotation does not
# move ('the speaker is him "the great improviser"': neg11/n061).
# An opposite takes a clause only as its evidence shows ("disagrees to extend",
# "disclaim the group has become": neg8/n165, neg10/n039, neg11/n001).
# A frame of coming together with someone (meets, approaches a man) takes only an
# opposite: "throws a man ... far", "holds back" may follow the meeting (neg7/n209,
# neg8/n193, neg11/n091, neg11/n182); chasing and following are such verbs ("jumps a
# woman" -> "chases", "chase a cowboy" -> "kick": neg8/n005, neg11/n175).
# Two events told in one sentence, joined by "and", are not reordered (clip._told_apart):
# "and" fixes no order (neg11/n134, neg12/n072, neg12/n206).
# A manner of sound is not said of a verb of perception ("listens loudly", "noisily
# watch": neg9/n170, neg12/n008).
# In prose, no opposite of motion unless an agent moves a thing one can picture
# (verbs._figurative_motion): "rises from the mountain", "lead a strategy", "The Boston
# Marathon walks", "The Dublin Conference walks", "pushes their ads from", "The dog runs"
# (neg8/n094, neg9/n016, neg9/n043, neg10/n077, neg10/n110, neg10/n122, neg11/n014, neg11/n036, neg11/n051, neg11/n085, neg11/n103, neg12/n021, neg12/n173).
# An opposite keeps no source or goal preposition its role never takes (verbs._same_way):
# "reveals a copper key ... from her brother", "reveals from the drones" (neg13/n146,
# neg13/n178).
# A verb of passing a thing on that the data always says with its recipient is not
# drawn for a frame without one (verbs._wants_recipient): "shyly hands the envelope"
# (neg6/n035, neg13/n158); PropBank's examples count as sightings too: "gives a broken
# antenna" (neg18/n127).
# Hugging takes grabbing and fighting slapping ([lexicon.entails]): "gently grabs" for
# "tightly hugs", "slaps" for "fights" (neg10/n064, neg13/n023, neg13/n173, neg13/n183);
# opening grabbing ("abruptly opens the elevator doors" for "grabs" them, neg6/n086) and
# fighting jumping or pulling someone ("jumps a man", neg15/n057); waving or nodding
# talking ("Two kids talk cheerfully to their mother" for "wave at her", neg10/n059,
# neg18/n071).
# A grammar's opposite of another sense of the verb is not said
# (verbs._opposite_of_another_sense): "walk" is paired with running, not with operating
# ("Mr. Stromach walks the company", neg18/n046).
# An opposite that says the Arg1 after another preposition takes another sense
# (verbs._arg1_preposition_changes): "disagrees with a buy-out" for "agrees to" it
# (neg18/n147).
# In prose a role swap takes the agent: "ferries Shannon from russians", "Borrowers
# change from customers to savers" (neg13/n033, neg13/n180).
# "little" is said only of things, and of a person only as the data says it ("a little
# population", "little financial settlements", "a little and beautiful woman":
# neg6/n121, neg8/n015, neg8/n089, neg9/n115, neg11/n002, neg12/n017, neg13/n139).
# No attribute swap between the agent and a partner after "with" ("Big companies form
# alliances with small corporations": neg3/n011, neg4/n192, neg6/n003, neg8/n162,
# neg9/n071, neg10/n194, neg11/n081, neg12/n014, neg13/n041).
# A manner bound to a consequence has no opposite ("softly enough to draw blood":
# neg13/n045); "weakly" is a mild side, said only of a verb the data shows so ("catapults
# it weakly": neg10/n032, neg12/n028, neg13/n094). A path is the object's head, past
# its compounds ("up the third-base line": neg13/n163).
# Passing only because the words changed, not fixed: the sequence of tenses
# (realise.tells_past) says "cursed ... narrowed into big slits" (neg12/n046) and "hid
# that he had" (neg12/n162); a slash set against its words, "savers/investors" (neg13/n180).
# Passing only by words, not fixed (caps17): the sequence of tenses now reaches a past
# "unless" clause inside the subject, so the swapped verb reads "heated banks' interest",
# as odd as "heat" (neg10/n013, neg14/n006).
# Fixed after neg14: a filler its sentence of its own says otherwise is told so in a
# negative too ("He whispers playfully" -> "A man whispers": neg14/n175). Passing only
# by words, not fixed: neg9/n118 now reads "marries a bride ... to his mother" (kin told
# bare is the subject's), as odd as "to a mother".
# A verb that says its direction has no up/down opposite ("the thing rising is her hands,
# direction is down": neg8/n049, neg14/n161).
# The converse of a transfer is no negative without its agent ("sell for $700" for
# "purchase", "uncertainties are taken" for "given": verbs._converse_without_agent):
# neg13/n088, neg14/n162.
# An opposite takes the frame's complements only as its evidence shows
# (verbs._unseen_complement): "are undressed shorts" (neg14/n178), "are enabled to"
# (neg14/n167), "refresh her with their offenses" (neg12/n160). Gone by the same rule,
# not for the reader's reason: neg8/n177 ("abolishes a suit": abolish.01's examples
# abolish only a clause) and neg13/n179 ("analyze a new corporate culture", judged still
# true: analyze.01's one example analyses a wh-clause).
# In prose, an opposite takes a doer that acts by being there (a substance, a thing, a
# state, a quality, an act) only where its evidence shows such a doer
# (verbs._inert_doer): "The oil spill cleans ... shoreline" (neg8/n073, neg10/n190), "The
# house and the church avoid each other" (neg12/n182, neg14/n044), "disease frees the
# artery" (neg12/n054), "The persistent strength of the dollar divides the uncertainty"
# (neg12/n172), "The flight attendants' decision exempts our belief" (neg12/n036), "Its
# huge oil spill whitens the Alaskan shoreline" (neg14/n168: no doer in its own evidence). Gone
# by a misreading, not fixed: neg13/n056 ("Chang discontinues it is shallow": "Chang" is
# read as a river, a thing).
# An opposite takes words said (a quote, a clause) only in a role its evidence shows
# with them (verbs._unseen_complement): 'discontinues "This is an old story."'
# (neg15/n064), "discontinues what matters is ..." (neg15/n179), "hid that he had sex"
# (neg15/n126; also neg12/n162 and neg13/n056, already gone by other means).
# An opposite acts on someone (a person, a name, an animal; a group only for a verb of
# handling things) only where its evidence shows someone there (verbs._unseen_someone):
# "disassembles a management team" (neg11/n062, neg15/n177), "loosens the Pathet Lao"
# (neg15/n073), "rides his dog Buddy" (neg14/n023, neg15/n012), "pushes a blanket over
# a patient" (neg12/n015).
# A frame without its agent that names only whom the act is towards takes no opposite
# (verbs._unnamed_doer_towards): "I am disagreed with" for "Someone corresponds with me"
# (neg9/n196, neg13/n125, neg15/n134).
# An opposite's sense agrees with the original's on whether its Arg1 is a place
# (verbs._same_arg1_part): "It frees the effects of dendrotoxin" for "occludes"
# (neg9/n137: free.01 tags its Arg1, the one set free, DIR; occlude.01's is PPT).
# A frame that says what its thing is judged to be ("as" and a quality, a PRD role) takes
# no opposite (verbs._judged_as): "accept the offer as inadequate" (neg9/n049), "Many
# practices are rejected as normal here" (neg16/n168).
# In prose, an idea, a state or an act acted on in a figure takes no opposite whose
# evidence shows it acting only on bodies and things (verbs._literal_only): "heat the
# banks' interest" for "cool" (neg10/n013, neg14/n006), "disclaim losses" for "claim"
# (neg14/n007).
# A change by more than the whole (an extent over 100%) takes no opposite
# (verbs._beyond_whole): "decreases home electricity charges by 150%" (neg10/n049).
# A frame of a vague verb (`[lexicon.vague]`) takes only an opposite: "kicks the steering
# wheel" (neg8/n046, neg14/n132), "picks up the steering wheel" (neg12/n034), "enters the
# wheel" (neg13/n066) for "turns the wheel".
# An object that ends in an apposition is closed before more words, as a subject's is
# (realise._open_aside): "massages Scot MacInnis, a masseur in Boulder, Colo., in a
# natural-foods supermarket" (neg11/n125, neg14/n048).
# A swapped subject from a prepositional filler takes its object's number, whatever word
# the parse roots (Phrase._span_plural): "Cutbacks ..., a major user of office space,
# brace" (neg14/n038: fixed for agreement; the swap "cutbacks brace for developers" is
# still proposed, passing only by words for its sense).
# A pronoun a clause describes is no entity to put in (roles._generic): "He who feels
# secure from punishment phrased it" (neg14/n107).
# An owner and what it owns do not swap (roles._owns): "The company insulates the
# company's board from takeover" (neg14/n119).
# In prose, the agent's slot of a swap takes one the data shows acting on something
# (roles._acting_heads): "the doctor is a kid with hematuria, the patient is you" (neg10/n139).
# An attribute in brackets glosses the word before it and is not changed
# (attributes._bracketed): "cuprite (blue copper)" (neg14/n130).
# A doer's "to" that spaCy parses as an auxiliary is cut from the subject
# (realise._leading_preposition): "To parents inherit genes from offspring" (neg11/n193,
# neg13/n162; now "Parents inherit genes from offspring", still the reverse of the truth
# told plainly).
# An attribute a concession grants is not changed (attributes._CONCEDING): "Even though
# Taiwan ... are big islands" (neg14/n017).
# A bare side of a passive's subject is not turned (argm._side_of_a_state): "The title
# page is foxed outside", "The carbs are gummed up outside" may both hold with "inside"
# (neg8/n072, neg8/n195, neg10/n040, neg12/n016, neg12/n022, neg14/n146, neg15/n138).
# A scene named for a participant stays (argm._named_for_a_participant): "hits a
# baseball ... in a police interrogation room" (neg12/n115).
# A slight force is no opposite of a figure of speech's force (argm._abstract_doer):
# "Bank of New England is softly hit by the region's real-estate slump" (neg12/n187, neg13/n164).
# A body part drawn tight is not drawn loosely (argm._acts_on_a_body_part): "The township
# chief loosely knits his brows" (neg9/n127, neg14/n115, neg16/n138).
# A scene WordNet puts in or beside the original is no other place (argm._exclusive,
# entities.places_related): "on a sidewalk at night" -> "on a city street" (neg16/n111).
# In prose two people do not swap when a possessive in another role means one of them
# (roles._said_of_one): "The woman levitates the magician into the balcony with his mind"
# (neg16/n127, neg15/n086).
# In prose an office that decides over others keeps the agent's slot (roles._judging):
# "Eastern Airlines pilots award ... back pay to an arbitrator", "Male defendants ... turn
# away Judge Hancock" (neg17/n062, neg11/n031, neg13/n111).
# A child does not bear or drive a grown-up (roles._carried_by_a_child): "the entity
# doing the dropping is two kids, the thing falling is mother in grey coat" (neg11/n144,
# neg17/n183).
# A gerund with an object is a clause (verbs.selection_kind), and an opposite takes one only
# as its evidence shows: no "The MOFA ends offering a class" (neg13/n051).
# A his/her of the old subject's gender in a role that stays keeps a person of the other
# gender out of the subject's slot (roles._possessive_left_behind): "A masked woman
# steadily points his rifle at a soldier in grey armor" (neg18/n188).
# One named by the care others give them (baby, infant, newborn, patient) takes no
# agent's slot (roles._of_a_kind_acting, _CARED_FOR): "A baby gestates me", "The baby swaddles Leigh
# in blankets", "The patient preps her for surgery" (neg6/n002, neg14/n036, neg15/n048,
# neg18/n150, neg18/n116).
# In prose a child takes no agent's slot from one who is not a child
# (roles._of_a_kind_acting, _YOUNG): "The older children scant us in order to nourish the newborn",
# 'Children tutor "volunteers" for $100 a week' (neg10/n043, neg18/n072, neg17/n079).
# No swap when a role that stays names one of the two (roles._named_elsewhere):
# "Residents donate ... Matsushita-made flashlights ... to ... Matsushita Electric Corp."
# (neg18/n089).
# In prose a "you" acted on by named others is anyone and takes no agent's slot from them
# (roles._generic_you_acting): "You fob off doctors with medication" (neg4/n109,
# neg12/n001).
# A god takes no person's agent's slot (roles._of_a_kind_acting, _DEITIES): "God sins against me"
# (neg4/n075, neg10/n191).
# A verb of drawing (pull) keeps no goal a push sends its thing away to
# (verbs._drawn_away): "desperately pulls a stack of chips to the center of the table",
# "gently pulls a bald man into the luggage rack" (neg20/n180, neg17/n155).
# An opposite whose PropBank examples mostly name its goal (GOL) is not said of a frame
# with an agent that names none (verbs._goal_unsaid): "Hudson General ... includes the
# semiannual dividend" for "omits" reads as "has as a part" (neg17/n167, neg18/n084, neg20/n047).
# A WordNet antonym is not said of a later roleset with an agent when the first one is
# said mostly of the thing alone (verbs._agent_of_another_sense): "Many investors precede
# a strategy" for follow.02, pursue (neg20/n092).
# Fixed by a quiet manner turning loud only where the act makes a sound, otherwise to the
# opposite of its other sense (argm._sense_opposite): neg6/n026, neg18/n198, neg19/n072,
# neg20/n113 ("The bank loudly redlines John": now "openly"), neg20/n077 ("A nurse loudly
# puts a blanket on an old man": now "roughly").
# Fixed by grey, silver and white not contrasting on hair (`[lexicon.attribute_neighbours]
# hair_pairs`): neg20/n196 ("a grey beard" -> "a white beard").
NOT_YET = {
    "neg3/n152",
    # neg5/n110 ("fellow small man André the Giant"): attributes._titles_a_name, a title before a name is no attribute
    "neg8/n203",
    # neg9/n019 ("a small goat runs ... in an old west bank"): argm._doer_kind, a place drawn from events of a doer of the same kind
    "neg9/n124",
    "neg9/n148",
    # neg9/n156 ("fellow small man André the Giant"): attributes._titles_a_name, a title before a name is no attribute
    # neg9/n159 ("an elderly patient in a factory" for "in a patient room"): argm._named_for_a_participant reads "patient" of "patient room" as a noun
    "neg9/n202",
    "neg10/n058",
    "neg10/n075",
    "neg10/n095",
    "neg10/n112",
    "neg10/n128",
    "neg10/n169",
    "neg10/n183",
    # neg11/n049 ("stiffens a stuck fitting"): passing by verbs._literal_only only as WordNet's
    # first "fitting" is an event; not fixed
    "neg11/n063",
    "neg11/n147",
    "neg11/n203",
    # neg12/n004 ("The company's president continues" for "quits"): verbs._aspect_without_event
    "neg12/n094",
    "neg12/n098",
    # neg12/n103 ("unfolds the ... Venture magazine"): verbs._literal_only, unfold.01 seen with no idea nor publication
    "neg12/n104",
    "neg12/n126",
    "neg12/n130",
    "neg12/n131",
    "neg12/n184",
    "neg12/n190",
    "neg12/n202",
    # neg13/n070 ("shows a small notebook to a gardener under her coat"): verbs._moves_to, where hiding puts a thing is a goal
    "neg13/n083",
    # neg13/n165 ("unfolds the ... Venture magazine"): verbs._literal_only, unfold.01 seen with no idea nor publication
    # neg14/n013 ("stiffens a stuck fitting"): passing by verbs._literal_only only as WordNet's
    # first "fitting" is an event; not fixed
    # neg14/n043 ("a blue beard"): [lexicon.attribute_neighbours] hair_colours, the colours hair grows in
    "neg14/n062",
    "neg14/n113",
    "neg14/n120",
    # neg14/n124, neg20/n028 ("runs backwards hurriedly in an elevator"): [lexicon.cramped]
    "neg14/n127",
    "neg14/n160",
    "neg14/n184",
    "neg14/n200",
    "neg15/n011",
    # neg15/n029 ("Mr. Wolf pushes the company back together"): verbs._figurative_motion, an organisation moved
    # neg15/n031 ("bushy blue eyebrows"): [lexicon.attribute_neighbours] hair_colours, the colours hair grows in
    "neg15/n044",
    "neg15/n116",
    # neg15/n120 ("holds ... down" for "holds ... up"): argm._PARTICLES, a caption's bare particle of a verb not of motion
    "neg15/n124",
    "neg15/n149",
    "neg15/n192",
    # neg16/n023 ("tense the anti-takeover barrier" for "relax"): verbs._bodily_figure
    # neg16/n025 ("decelerate steps" for "quicken"): verbs._same_voice, an opposite only seen inchoative
    "neg16/n040",
    "neg16/n048",
    "neg16/n061",
    "neg16/n092",
    "neg16/n096",
    "neg16/n098",
    "neg16/n157",
    "neg16/n159",
    "neg16/n185",
    "neg16/n197",
    "neg17/n013",
    "neg17/n033",
    "neg17/n042",
    "neg17/n075",
    "neg17/n097",
    # neg17/n150 ("River is discontinued" for "preserved"): verbs._antonym_of_another_word, continue's antonym
    "neg17/n161",
    "neg17/n197",
    # neg18/n016 ("lacks a 10% ... increase, plus bonuses"): verbs._polar_object
    "neg18/n029",
    # neg18/n066 ("a beige beard"): [lexicon.attribute_neighbours] hair_colours, the colours hair grows in
    "neg18/n080",
    "neg18/n081",
    # neg18/n085 ("plays down more special deals"): verbs._polar_object
    "neg18/n098",
    "neg18/n140",
    # neg18/n166 ("holds ... down" for "holds ... up"): argm._PARTICLES, a caption's bare particle of a verb not of motion
    "neg18/n189",
    "neg19/n113",
    # neg19/n167 ("resist any of their autonomy" for "surrender"): verbs._polar_object
    # neg19/n163 ("holds ... down" for "holds ... up"): argm._PARTICLES, a caption's bare particle of a verb not of motion
    "neg19/n195",
    "neg20/n073",
    "neg20/n094",
    "neg20/n115",
    "neg20/n131",
    # neg20/n148 ("decelerate steps" for "quicken"): verbs._same_voice, an opposite only seen inchoative
    "neg20/n150",
    "neg20/n162",
    "neg20/n173",
    # neg20/n188 ("plays down more special deals"): verbs._polar_object
    "neg21/n013",
    "neg21/n024",
    # neg21/n025 ("small flat mail pieces, including magazines and parcels"): attributes._with_examples
    "neg21/n026",
    # neg21/n030 ("lacks a 10% ... increase, plus bonuses"): verbs._polar_object
    # neg21/n033 ("enters a button" for "pushes"): verbs._same_arg1_part holds for drawn verbs too
    # neg21/n048 ("criticizes the company as recession resistant"): verbs._for_a_reason
    # neg21/n060 ("holds ... down" for "holds ... up"): argm._PARTICLES, a caption's bare particle of a verb not of motion
    "neg21/n068",
    "neg21/n094",
    "neg21/n107",
    "neg21/n114",
    "neg21/n140",
    # neg21/n149 ("Those recordings are discontinued"): verbs._antonym_of_another_word, continue's antonym
    "neg21/n154",
    "neg21/n159",
    # neg21/n173 ("the surface is into a pile" for gather -> spread): verbs._place_said_otherwise
    # neg21/n179 ("pulls a woman" for "jumps a woman from behind"): [lexicon.entails] "jump.08"
    "neg21/n191",
    # neg22/n001 ("The producers paint Warner as ingrates in its ..."): roles._agreement_left_behind
    # neg22/n022 ("shows a copper key to her brother in her pocket"): verbs._moves_to, as neg13/n070
    # neg22/n026 ("A golden retriever throws a red Frisbee"): verbs._handless_doer, an animal does no act of the hands unseen
    # neg22/n010 ("unfolds the ... Venture magazine"): verbs._literal_only, unfold.01 seen with no idea nor publication
    "neg22/n030",
    "neg22/n035",
    # neg22/n039 ("shows a notebook in her pocket" for "hides"): verbs._moves_to, as neg13/n070
    # neg22/n063 ("runs seriously into the waves"): argm._INTENSIFYING, no opposite of a motion
    "neg22/n067",
    # neg22/n074 ("is disarmed of this shared understanding"): verbs._literal_only reads the Arg2 too
    "neg22/n078",
    # neg22/n084 ("Visitors usher red-frocked doormen ..."): visitors are clients, roles._client_providing
    "neg22/n108",
    "neg22/n153",
    "neg22/n185",
    # neg22v/n013 ("The book ends in a murder" for "begins with"): verbs._bracketed_by_a_part
    "neg22v/n016",
    # neg22v/n020 ("Japan exempts a decision"): verbs._literal_only, exempt.01 seen exempting only people
    "neg22v/n023",
    # neg22v/n027 ("criticized ... for getting through without a trading halt"): verbs._for_a_reason
    "neg23/n001",
    "neg23/n039",
    "neg23/n045",
    "neg23/n054",
    "neg23/n065",
    "neg23/n072",
    "neg23/n094",
    "neg23/n128",
    "neg23/n148",
    "neg23/n155",
    "neg23/n160",
    "neg23/n182",
    "neg23/n197",
    "neg23v/n006",
    "neg23v/n019",
    "neg23v/n026",
    "neg23v/n037",
    "neg23v/n039",
    "neg23v/n041",
    "neg24/n019",
    "neg24/n052",
    "neg24/n085",
    "neg24/n131",
    "neg24/n156",
    "neg24/n158",
    "neg24/n190",
    "neg24v/n001",
    "neg24v/n007",
    "neg24v/n011",
    "neg24v/n019",
    "neg24v/n021",
    "neg24v/n025",
    "neg24v/n027",
    "neg24v/n030",
    "neg24v/n045",
}


def _cases():
    return judged_cases(ROUNDS, NOT_YET, lambda j: not (j["false"] and j["fluent"] and j["plausible"]))


_STATES: dict = {}


def _build_state(source: str, split: str, grammar, nlp):
    """What a build of that source and split knows before it realises rows: the clips
    and a factory that has learnt from all of them (made once per test session)."""
    if (source, split) not in _STATES:
        _STATES[source, split] = _learn(source, split, grammar, nlp)
    return _STATES[source, split]


def _learn(source: str, split: str, grammar, nlp):
    from srlcap.negatives import learnt_factory
    from srlcap.readers import read_vidsitu, read_vsann_file

    if source == "propbank":
        records = read_vsann_file(PROPBANK, split, grammar.argm_kinds)
    else:
        records = read_vidsitu(BUNDLED_SAMPLE, split, grammar.argm_kinds)
    clips = [c for c in records if not isinstance(c, Exception)]
    return {(c.clip_id, c.ann_idx): c for c in clips}, learnt_factory(grammar, clips, nlp)


def _every_candidate(factory, clip, item) -> list[str]:
    """Every text the row's generator proposes for ``item``'s kind, in its style."""
    from srlcap.negatives import CLIP_GENERATORS, EVENT_GENERATORS, stable_rng

    kind, style, realiser = item["kind"], item["style"], factory.realiser
    if item["event"] == CLIP_EVENT:
        rng = stable_rng(factory.seed, clip.clip_id, clip.ann_idx, "clip", kind)
        return [realiser.realise_clip(events)[style] for events, _ in CLIP_GENERATORS[kind](factory.ctx, clip, rng)]
    event = next(ev for ev in clip.events if ev.name == item["event"])
    rng = stable_rng(factory.seed, clip.clip_id, clip.ann_idx, event.name, kind)
    return [realiser.realise_event(c.event, c.phrases)[style]
            for c in EVENT_GENERATORS[kind](factory.ctx, clip, event, rng)]


@pytest.mark.parametrize("item, reason", _cases())
def test_judged_invalid_negative_is_gone(item, reason, grammar, nlp):
    if item["source"] == "propbank" and not PROPBANK.is_file():
        pytest.skip("the PropBank frames are not in this workplace")
    clips, factory = _build_state(item["source"], item["split"], grammar, nlp)
    if not factory.counts.get(item["kind"]):
        return  # the bundled grammar no longer makes this kind
    clip = clips[item["clip_id"], item["ann_idx"]]
    assert item["event"] == CLIP_EVENT or item["kind"] not in CLIP_KINDS
    assert item["negative"] not in _every_candidate(factory, clip, item), reason
