"""How a clip paragraph refers to what it has told before (the story's discourse model in
srlcap.grammar.realise): first mention as the filler says, later ones definite, a group's
member and the rest of the group, parts and possessions of known things; and a scene not
said again where another role already names its place."""
from conftest import make_event


def _story(realiser, grammar, *frames):
    """The natural paragraph of up to five frames, (verb, roleset, roles) each, told as
    events with no relations between them."""
    events = [make_event(verb, vid, roles, f"Ev{i + 1}", None if i == 2 else "NoRel", grammar)
              for i, (verb, vid, roles) in enumerate(frames)]
    return realiser.realise_clip(events)["natural"]


def test_a_bare_plural_told_again_takes_the(realiser, grammar):
    text = _story(realiser, grammar,
                  ("chase", "chase.01", {"Arg0 (chaser)": "drones", "Arg1 (thing chased)": "woman in silver jacket"}),
                  ("jump", "jump.03", {"Arg0 (jumper)": "woman in silver jacket"}),
                  ("shoot", "shoot.01", {"Arg0 (shooter)": "drones", "Arg1 (gun/bullet)": "lasers"}))
    assert "Finally, the drones shoot lasers" in text


def test_a_counted_group_told_again_keeps_its_number(realiser, grammar):
    text = _story(realiser, grammar,
                  ("drop", "drop.03", {"Arg0 (dropper)": "mother in grey coat", "Arg1 (thing dropped)": "two kids"}),
                  ("wave", "wave.01", {"Arg0 (waver)": "two kids", "Arg2 (waved at)": "mother in grey coat"}))
    assert "Finally, they wave at her" in text  # told in the sentence before, nothing else to take it for
    text = _story(realiser, grammar,
                  ("drop", "drop.03", {"Arg0 (dropper)": "mother in grey coat", "Arg1 (thing dropped)": "two kids"}),
                  ("walk", "walk.01", {"Arg0 (walker)": "teacher"}),
                  ("wave", "wave.01", {"Arg0 (waver)": "two kids", "Arg2 (waved at)": "mother in grey coat"}))
    assert "Finally, the two kids wave at" in text


def test_a_group_told_after_one_of_its_members_is_the_other_ones(realiser, grammar):
    text = _story(realiser, grammar,
                  ("stand", "stand.01", {"Arg1 (thing standing)": "workers in hard hats"}),
                  ("walk", "walk.01", {"Arg0 (walker)": "worker with grey beard",
                                       "ArgM (direction)": "towards the exit"}),
                  ("watch", "watch.01", {"Arg0 (watcher)": "workers in hard hats",
                                         "Arg1 (thing watched)": "worker with grey beard"}))
    assert "the other workers watch the worker with the grey beard" in text


def test_a_member_of_a_known_group(realiser, grammar):
    """With a description of its own, one of a counted group is one of those, definite
    (round 4's and round 9's readers wanted "a bandit with a red bandana" linked to the two
    bandits, q129); of a group not counted, someone new, indefinite (round 5's readers
    took "the explorer in the orange parka" after "explorers" as told before); bare, one
    of the group."""
    chase = ("chase", "chase.01", {"Arg0 (chaser)": "two bandits with bandanas", "Arg1 (thing chased)": "cowboy"})
    described = _story(realiser, grammar, chase,
                       ("shoot", "shoot.01", {"Arg0 (shooter)": "bandit with red bandana", "Arg2 (target)": "cowboy"}))
    assert "Finally, the bandit with the red bandana shoots at him" in described, described
    explorers = _story(realiser, grammar,
                       ("walk", "walk.01", {"Arg0 (walker)": "explorers in fur parkas"}),
                       ("fall", "fall.01", {"Arg1 (thing falling)": "explorer in orange parka"}))
    assert "Finally, an explorer in an orange parka falls" in explorers, explorers
    bare = _story(realiser, grammar, chase,
                  ("shoot", "shoot.01", {"Arg0 (shooter)": "bandit", "Arg2 (target)": "cowboy"}))
    assert "Finally, one of the two bandits shoots at him" in bare


def test_a_thing_told_bare_then_described_is_the_same_thing(realiser, grammar):
    """"before the queen" and then "queen in golden crown": the queen, described in full
    at her first mention (her crown new: "a golden crown"; round 5's reader: "a sundress
    never mentioned"; the description at the later mention, as if picking out one of
    several queens, judged unnatural in round19/q043), told short after."""
    text = _story(realiser, grammar,
                  ("kneel", "kneel.01", {"Arg0 (kneeler)": "knight", "ArgM (location)": "before the queen"}),
                  ("stand", "stand.07", {"Arg1 (thing standing)": "queen in golden crown"}),
                  ("touch", "touch.01", {"Arg0 (toucher)": "queen in golden crown", "Arg1 (thing touched)": "knight"}))
    assert "kneels before a queen in a golden crown. Then, the queen stands." in text, text
    assert text.count("golden crown") == 1


def test_a_person_first_told_with_the_is_introduced(realiser, grammar):
    """Judged not fluent (round 3): "hides the small notebook from the gardener", a
    gardener never told of. Groups and things keep the annotation's "the"."""
    text = _story(realiser, grammar,
                  ("enter", "enter.01", {"Arg0 (entity entering)": "woman in yellow raincoat",
                                         "Arg1 (place or thing entered)": "the greenhouse"}),
                  ("hide", "hide.01", {"Arg0 (hider)": "woman in yellow raincoat", "Arg1 (thing hidden)": "notebook",
                                       "Arg2 (hidden from)": "from the gardener"}),
                  ("watch", "watch.01", {"Arg0 (watcher)": "the crowd", "Arg1 (thing watched)": "the gardener"}))
    assert "from a gardener" in text and "enters the greenhouse" in text, text
    assert "the crowd watches the gardener" in text, text


def test_a_compound_naming_another_kind_is_another_thing(realiser, grammar):
    text = _story(realiser, grammar,
                  ("walk", "walk.01", {"Arg0 (walker)": "man", "ArgM (direction)": "to a car"}),
                  ("chase", "chase.01", {"Arg0 (chaser)": "police car", "Arg1 (thing chased)": "man"}))
    assert "Finally, a police car chases him." in text


def test_a_part_or_a_possession_of_a_known_thing_is_definite(realiser, grammar):
    part = _story(realiser, grammar,
                  ("walk", "walk.01", {"Arg0 (walker)": "man in grey overcoat", "ArgM (direction)": "to his car"}),
                  ("open", "open.01", {"Arg0 (opener)": "man in grey overcoat", "Arg1 (thing opened)": "car door"}))
    assert "he opens the car door" in part
    owner = _story(realiser, grammar,
                   ("kick", "kick.01", {"Arg0 (kicker)": "student in white gi", "Arg1 (thing kicked)": "instructor"}),
                   ("catch", "catch.01", {"Arg0 (catcher)": "instructor", "Arg1 (thing caught)": "student's leg"}))
    assert "the instructor catches the student's leg" in owner


def test_the_entity_of_a_prepositional_filler_is_tracked(realiser, grammar):
    text = _story(realiser, grammar,
                  ("punch", "punch.01", {"Arg0 (puncher)": "boxer in red shorts",
                                         "Arg1 (thing punched)": "boxer in blue shorts"}),
                  ("kneel", "kneel.01", {"Arg0 (kneeler)": "referee",
                                         "ArgM (location)": "beside boxer in blue shorts"}),
                  ("kick", "kick.01", {"Arg0 (kicker)": "man", "Arg1 (thing kicked)": "rifle",
                                       "Arg2 (kicked from)": "out of his hands"}))
    assert "kneels beside the boxer in blue shorts" in text
    assert "out of his hands" in text  # a second preposition is not taken for the entity


def test_the_summary_refers_back_as_the_paragraph_does(realiser, grammar):
    events = [make_event("chase", "chase.01", {"Arg0 (chaser)": "drones", "Arg1 (thing chased)": "woman"},
                         "Ev1", "NoRel", grammar),
              make_event("shoot", "shoot.01", {"Arg0 (shooter)": "drones", "Arg1 (gun/bullet)": "lasers"}, "Ev2", None,
                         grammar)]
    assert realiser.clip_summary(events) == "Drones chase a woman. They shoot lasers."
    # what only a left-out place named is new when the summary first says it
    events = [make_event("kneel", "kneel.01", {"Arg0 (kneeler)": "knight", "ArgM (location)": "before the queen"},
                         "Ev1", "NoRel", grammar),
              make_event("stand", "stand.07", {"Arg1 (thing standing)": "queen in golden crown"}, "Ev2", None, grammar)]
    assert realiser.clip_summary(events) == "A knight kneels. A queen in a golden crown stands."


def test_a_scene_whose_place_another_role_names_is_not_said_again(realiser, grammar):
    """The scene's words name the place a prepositional role gives, whole or as the end of
    a compound word; what else the scene says ("at night") stays."""
    field = make_event("fall", "fall.01", {"Arg1 (thing falling)": "glowing meteor",
                                           "Arg4 (end point)": "into the field",
                                           "Scene of the Event": "cornfield at night"}, grammar=grammar)
    assert realiser.natural(field) == "A glowing meteor falls into the field at night."
    school = make_event("drive", "drive.01", {"Arg0 (driver)": "mother", "Arg1 (vehicle)": "minivan",
                                              "ArgM (direction)": "up to the school",
                                              "Scene of the Event": "school parking lot"}, grammar=grammar)
    assert realiser.natural(school) == "A mother drives a minivan up to the school."
    elsewhere = make_event("drive", "drive.01", {"Arg0 (driver)": "mother", "Arg1 (vehicle)": "minivan",
                                                 "ArgM (direction)": "up to the gate",
                                                 "Scene of the Event": "school parking lot"}, grammar=grammar)
    assert realiser.natural(elsewhere).endswith("up to the gate in a school parking lot.")


def test_a_scene_the_story_has_already_entered_is_not_given_late(realiser, grammar):
    text = _story(realiser, grammar,
                  ("enter", "enter.01", {"Arg0 (entity entering)": "outlaws", "Arg1 (place entered)": "the bank"}),
                  ("shout", "shout.01", {"Arg0 (shouter)": "outlaw in black vest",
                                         "Scene of the Event": "old west bank"}))
    assert "west" not in text and "Finally, an outlaw in a black vest shouts." in text


def test_the_entity_after_a_part_noun_is_the_one_tracked(realiser, grammar):
    """"in front of a woman": the woman is mentioned, not "front of a woman"."""
    text = _story(realiser, grammar,
                  ("kneel", "kneel.01", {"Arg0 (kneeler)": "man in blue waistcoat",
                                         "ArgM (location)": "in front of woman in white bonnet"}),
                  ("cry", "cry.02", {"Arg0 (crier)": "woman in white bonnet"}))
    assert "kneels in front of a woman in a white bonnet" in text and "Finally, she cries." in text


def test_after_a_couple_a_man_and_a_woman_are_its_members(realiser, grammar):
    """Judged not fluent (round 5): "a teenage couple ... a boy in a letterman jacket"."""
    text = _story(realiser, grammar,
                  ("sit", "sit.01", {"Arg1 (sitter)": "teenage couple", "ArgM (location)": "in a booth"}),
                  ("drink", "drink.01", {"Arg0 (drinker)": "boy in letterman jacket", "Arg1 (liquid)": "milkshake"}))
    assert "Finally, the boy in a letterman jacket drinks" in text


def test_the_owner_of_a_possession_may_be_one_of_a_couple(realiser, grammar):
    """Judged not fluent (rounds 1, 2): "a couple walks ... holds a woman's hand"."""
    text = _story(realiser, grammar,
                  ("walk", "walk.01", {"Arg0 (walker)": "couple", "ArgM (direction)": "along the shoreline"}),
                  ("hold", "hold.01", {"Arg0 (holder)": "man in white linen shirt", "Arg1 (thing held)": "woman's hand"}))
    assert "Finally, the man in a white linen shirt holds the woman's hand." in text


def _related(realiser, grammar, relations, *frames):
    """The natural paragraph of frames told as events with the given relations to Ev3."""
    events = [make_event(verb, vid, roles, f"Ev{i + 1}", rel, grammar)
              for i, ((verb, vid, roles), rel) in enumerate(zip(frames, relations))]
    return realiser.realise_clip(events)["natural"]


def test_no_one_reacts_to_their_own_deed(realiser, grammar):
    """A reaction reads as one to the sentence before: not said when that sentence's
    agent is the one reacting; nor where the one reacting took part in it (watched, so
    plain from the order: "he watches a small furry creature. Finally, the creature
    approaches him")."""
    text = _related(realiser, grammar, ["NoRel", "Causes", None, "Reaction To", "Reaction To"],
                    ("listen", "listen.01", {"Arg0 (listener)": "boy in green hood", "Arg1 (thing listened to)": "strange noise"}),
                    ("walk", "walk.01", {"Arg0 (walker)": "girl in red coat"}),
                    ("hide", "hide.01", {"Arg0 (hider)": "boy in green hood", "ArgM (location)": "behind a tree"}),
                    ("watch", "watch.01", {"Arg0 (watcher)": "boy in green hood", "Arg1 (thing watched)": "small furry creature"}),
                    ("approach", "approach.01", {"Arg0 (approacher)": "small furry creature", "Arg1 (thing approached)": "boy in green hood"}))
    assert "After that, the boy watches" in text or "After that, he watches" in text, text
    assert "in reaction, the boy" not in text and "in reaction, he" not in text, text
    assert "Finally, the creature approaches him" in text, text


def test_a_look_towards_a_thing_at_who_is_seen_says_who_is_seen(realiser, grammar):
    """Judged not fluent: "he looks at the woman towards the door" (round 3), then "he
    looks towards the door at her" (round 11, q006): the one seen is where the look goes.
    A direction that says how one looks stays ("looks up at her")."""
    def look(direction):
        return _story(realiser, grammar,
                      ("run", "run.02", {"Arg0 (runner)": "woman in sparkly dress", "ArgM (direction)": "down the stairs"}),
                      ("look", "look.01", {"Arg0 (looker)": "man in bellhop uniform",
                                           "Arg1 (thing looked at)": "woman in sparkly dress",
                                           "ArgM (direction)": direction}))
    text = look("towards the door")
    assert "Finally, a man in a bellhop uniform looks at her." in text, text
    assert "looks up at her" in look("up"), look("up")


def test_a_reflexive_tells_a_person_s_gender(realiser, grammar):
    """Judged not fluent (round 6): "the astronaut pulls herself ... the astronaut
    carefully grabs ... the astronaut looks": "herself" says she is a woman."""
    text = _story(realiser, grammar,
                  ("open", "open.01", {"Arg0 (opener)": "astronaut in white suit", "Arg1 (thing opening)": "hatch"}),
                  ("pull", "pull.01", {"Arg0 (puller)": "astronaut in white suit", "Arg1 (thing pulled)": "herself",
                                       "Arg2 (DIR)": "along the railing"}),
                  ("grab", "grab.01", {"Arg0 (grabber)": "astronaut in white suit", "Arg1 (entity grabbed)": "antenna"}))
    assert "Then, she pulls herself along the railing" in text and "Finally, she grabs" in text


def test_a_possessive_tells_a_gender_only_where_no_one_else_could_own_it(realiser, grammar):
    """"the knight removes his helmet" beside a queen: he; "the nurse pulls a sheet up to
    his chin" in a clip with a patient: the chin may be the patient's, the nurse stays
    "the nurse"."""
    knight = _story(realiser, grammar,
                    ("kneel", "kneel.01", {"Arg0 (kneeler)": "knight", "ArgM (location)": "before the queen"}),
                    ("remove", "remove.01", {"Arg0 (remover)": "knight", "Arg1 (thing removed)": "his helmet"}))
    assert "Finally, he removes his helmet" in knight
    nurse = _story(realiser, grammar,
                   ("look", "look.01", {"Arg0 (looker)": "nurse in blue scrubs", "Arg1 (thing looked at)": "patient"}),
                   ("pull", "pull.01", {"Arg0 (puller)": "nurse in blue scrubs", "Arg1 (thing pulled)": "sheet",
                                        "Arg2 (DIR)": "up to his chin"}))
    # the nurse again, told in one sentence with the look (no pronoun to say twice)
    assert "looks at a patient and pulls a sheet up to his chin" in nurse and "he pulls" not in nurse, nurse


def test_the_annotation_s_own_pronoun_tells_who_it_was(realiser, grammar):
    """Judged not fluent (round 6): "the old sailor" in every sentence, and "he" at the
    end: the annotator's "he" right after the sailor was the subject is the sailor."""
    text = _story(realiser, grammar,
                  ("open", "open.01", {"Arg0 (opener)": "old sailor", "Arg1 (thing opening)": "envelope"}),
                  ("cry", "cry.02", {"Arg0 (cryer)": "old sailor"}),
                  ("put", "put.01", {"Arg0 (putter)": "he", "Arg1 (thing put)": "the letter",
                                     "Arg2 (where put)": "in his pocket"}))
    assert "Then, he cries" in text


def test_the_clip_s_scene_is_set_in_its_first_sentence(realiser, grammar):
    """Judged not fluent (round 6): "sits down on a bench. Then, the old sailor opens an
    envelope at a harbour": the first scene told is said where the story starts."""
    text = _story(realiser, grammar,
                  ("sit", "sit.01", {"Arg1 (sitter)": "old sailor", "ArgM (location)": "on a bench"}),
                  ("open", "open.01", {"Arg0 (opener)": "old sailor", "Arg1 (thing opening)": "envelope",
                                       "Scene of the Event": "harbour"}))
    assert "sits on a bench at a harbour and opens an envelope." in text, text


def test_a_new_scene_is_not_piled_after_a_way_out_of_the_last(realiser, grammar):
    """Judged not fluent (round 6): "runs out of the bathroom in panic in a dark house":
    the way out of the scene told places the event; what the new scene says besides its
    place stays ("at night")."""
    look = ("look", "look.01", {"Arg0 (looker)": "woman", "Arg1 (thing looked at)": "the mirror",
                                "Scene of the Event": "bathroom"})
    text = _story(realiser, grammar, look,
                  ("run", "run.02", {"Arg0 (runner)": "woman", "ArgM (direction)": "out of the bathroom",
                                     "Scene of the Event": "dark house"}))
    assert text.endswith("runs out of the bathroom.")
    night = _story(realiser, grammar, look,
                   ("run", "run.02", {"Arg0 (runner)": "woman", "ArgM (direction)": "out of the bathroom",
                                      "Scene of the Event": "house at night"}))
    assert night.endswith("runs out of the bathroom at night.")


def test_a_part_named_by_the_kind_of_the_one_known_thing_is_its_own(realiser, grammar):
    """Judged not fluent (round 6): "pulls an old station wagon over ... opens a car door":
    a wagon is the kind of thing a car is (WordNet's category), so the door is its own; not
    with two such things told."""
    wagon = ("pull over", "pull.05", {"Arg0 (causal agent)": "man in flannel shirt",
                                      "Arg1 (thing moving, pulling over)": "old station wagon"})
    door = ("open", "open.01", {"Arg0 (opener)": "woman in denim jacket", "Arg1 (thing opening)": "car door"})
    assert "opens the car door" in _story(realiser, grammar, wagon, door)
    truck = ("chase", "chase.01", {"Arg0 (chaser)": "truck", "Arg1 (thing chased)": "old station wagon"})
    assert "opens a car door" in _story(realiser, grammar, truck, door)


def test_people_told_as_a_bare_plural_object_are_the_ones_there(realiser, grammar):
    """Judged not fluent (round 6): "the teacher sternly asks students a question" in a
    classroom; a subject stays as told ("pedestrians listen"), a number keeps its words."""
    stand = ("stand", "stand.01", {"Arg1 (thing standing)": "teacher", "Scene of the Event": "classroom"})
    text = _story(realiser, grammar, stand,
                  ("ask", "ask.01", {"Arg0 (asker)": "teacher", "Arg1 (question)": "a question",
                                     "Arg2 (hearer)": "students"}),
                  ("listen", "listen.01", {"Arg0 (listener)": "pupils", "Arg1 (heard)": "teacher"}))
    assert "asks the students a question" in text and "Finally, pupils listen" in text
    two = _story(realiser, grammar, stand,
                 ("ask", "ask.01", {"Arg0 (asker)": "teacher", "Arg1 (question)": "a question",
                                    "Arg2 (hearer)": "two students"}))
    assert "asks two students a question" in two


def test_kin_told_bare_are_someone_s(realiser, grammar):
    """Judged not fluent (round 6): "Finally, parents fondly watch them": kin told bare in
    a story are the ones of its people, "the parents", even as the subject."""
    text = _story(realiser, grammar,
                  ("hug", "hug.01", {"Arg0 (hugger)": "little girl", "Arg1 (hugged)": "grandfather"}),
                  ("watch", "watch.01", {"Arg0 (observer)": "parents", "Arg1 (thing looked at)": "them"}))
    assert "Finally, the parents watch them" in text


def test_the_thing_acted_on_again_is_it(realiser, grammar):
    """Judged not fluent (round 6): "picks up a small notebook ... opens the small notebook
    ... hides the small notebook under her coat": the one thing the sentence before acted
    on, acted on again, is "it"; not what acts itself in the clip (a climber who falls),
    nor where the sentence before acted on two things."""
    pick = ("pick up", "pick.04", {"Arg0 (agent)": "woman", "Arg1 (thing acquired)": "small notebook"})
    text = _story(realiser, grammar, pick,
                  ("open", "open.01", {"Arg0 (opener)": "woman", "Arg1 (thing opening)": "small notebook"}),
                  ("hide", "hide.01", {"Arg0 (hider)": "woman", "Arg1 (thing hidden)": "small notebook",
                                       "Arg2 (hidden from)": "from the gardener"}))
    assert "Then, she opens it." in text and "Finally, she hides it from" in text
    give = _story(realiser, grammar,
                  ("give", "give.01", {"Arg0 (giver)": "man", "Arg1 (thing given)": "box", "Arg2 (given to)": "woman"}),
                  ("open", "open.01", {"Arg0 (opener)": "woman", "Arg1 (thing opening)": "box"}))
    assert "opens it" in give  # "to the woman" is no thing "it" could be
    falls = _story(realiser, grammar,
                   ("fall", "fall.01", {"Arg1 (thing falling)": "climber"}),
                   ("catch", "catch.01", {"Arg0 (catcher)": "woman", "Arg1 (thing caught)": "climber"}),
                   ("pull", "pull.01", {"Arg0 (puller)": "woman", "Arg1 (thing pulled)": "climber"}))
    assert " it" not in falls


# ---------------------------------------------------------------- references, links, settings
# (round 7: 5 of 30 clip paragraphs fluent; readers asked for pronouns and shorter
# mentions, links that read as cause or reaction, a setting said once)

def test_a_subject_told_of_just_before_is_a_pronoun(realiser, grammar):
    """Also one that was not the subject there ("a man pushes a woman. She falls"), when
    nothing else told of there could be called so."""
    text = _story(realiser, grammar,
                  ("push", "push.01", {"Arg0 (pusher)": "man in black hoodie", "Arg1 (thing pushed)": "woman in red coat"}),
                  ("shout", "shout.01", {"Arg0 (shouter)": "woman in red coat"}))
    assert "Finally, she shouts." in text, text
    two_men = _story(realiser, grammar,
                     ("kick", "kick.01", {"Arg0 (kicker)": "bald man in tank top", "Arg1 (thing kicked)": "man in blue jacket"}),
                     ("fall", "fall.01", {"Arg1 (thing falling)": "man in blue jacket"}))
    assert "Finally, the man in the blue jacket falls." in two_men, two_men


def test_the_subject_before_stays_he_beside_an_animal(realiser, grammar):
    text = _story(realiser, grammar,
                  ("climb", "climb.01", {"Arg0 (climber)": "man in straw hat", "Arg1 (thing climbed)": "the horse"}),
                  ("fall", "fall.01", {"Arg1 (thing falling)": "man in straw hat", "ArgM (direction)": "into the mud"}))
    assert "Finally, he falls into the mud." in text, text


def test_an_object_told_of_before_is_a_pronoun(realiser, grammar):
    """Judged not fluent (round 7): "his friend ... gives a wallet back to the man" (him);
    the subject, whoever it is, is never the one "him" means."""
    text = _story(realiser, grammar,
                  ("sit", "sit.01", {"Arg1 (sitter)": "man in wrinkled tuxedo"}),
                  ("look", "look.01", {"Arg0 (looker)": "man in wrinkled tuxedo", "Arg1 (thing looked at)": "the room"}),
                  ("enter", "enter.01", {"Arg0 (entity entering)": "his friend in hawaiian shirt",
                                         "Arg1 (place or thing entered)": "the room"}),
                  ("give", "give.01", {"Arg0 (giver)": "his friend in hawaiian shirt", "Arg1 (thing given)": "wallet",
                                       "Arg2 (given to)": "man in wrinkled tuxedo"}))
    assert "gives a wallet to him" in text or "gives him a wallet" in text, text


def test_no_he_does_it_to_him(realiser, grammar):
    """Two men: the one told by a pronoun subject is not also "him" ("he kicks him"); with
    the subject said in full, the other is "him" ("the man in the black suit punches him")."""
    fight = ("fight", "fight.01", {"Arg0 (fighter)": "man in conductor uniform", "Arg1 (opponent)": "man with shaved head"})
    text = _story(realiser, grammar, fight,
                  ("fall", "fall.01", {"Arg1 (thing falling)": "man in conductor uniform"}),
                  ("kick", "kick.01", {"Arg0 (kicker)": "man in conductor uniform", "Arg1 (thing kicked)": "man with shaved head"}))
    assert "he kicks him" not in text and "kicks the man with the shaved head" in text, text
    text = _story(realiser, grammar, fight,
                  ("punch", "punch.01", {"Arg0 (agent)": "man with shaved head", "Arg1 (entity punched)": "man in conductor uniform"}))
    assert "Finally, the man with the shaved head punches him." in text, text


def test_one_of_unknown_gender_is_told_short(realiser, grammar):
    """Judged not fluent (round 7): "the security guard" in every sentence. A pronoun would
    guess a gender; the noun alone names the only guard of the story."""
    text = _story(realiser, grammar,
                  ("walk", "walk.01", {"Arg0 (walker)": "security guard with flashlight", "ArgM (direction)": "through the gallery"}),
                  ("turn", "turn.02", {"Arg1 (thing turning)": "security guard with flashlight", "ArgM (direction)": "around"}),
                  ("chase", "chase.01", {"Arg0 (chaser)": "security guard with flashlight", "Arg1 (thing chased)": "thief"}))
    # (a third deed goes on in the same sentence, the three a list: round18/q161, round19/q144)
    assert "walks through the gallery, turns around and chases a thief." in text, text
    assert " he " not in text and " she " not in text


def test_the_shortest_mention_that_still_tells_them_apart(realiser, grammar):
    """Judged not fluent (round 7): "lets the man in the blue jacket punch the bald man in
    the tank top"; "the bald man" tells him from the man in the blue jacket, "the man"
    would not."""
    text = _story(realiser, grammar,
                  ("kick", "kick.01", {"Arg0 (kicker)": "bald man in tank top", "Arg1 (thing kicked)": "wooden crate",
                                       "ArgM (direction)": "towards man in blue jacket"}),
                  ("jump", "jump.03", {"Arg0 (jumper)": "man in blue jacket", "ArgM (direction)": "to the side"}),
                  ("punch", "punch.01", {"Arg0 (agent)": "man in blue jacket", "Arg1 (entity punched)": "bald man in tank top"}))
    assert "punches the bald man." in text, text
    assert "the man in the blue jacket" in text  # "the man" alone could be either


def test_a_thing_told_again_by_its_noun(realiser, grammar):
    """Judged not fluent (round 7): "the large log" repeated; the only log is "the log"."""
    text = _story(realiser, grammar,
                  ("push", "push.01", {"Arg0 (pusher)": "lumberjack", "Arg1 (thing pushed)": "large log"}),
                  ("drop", "drop.01", {"Arg0 (dropper)": "young worker", "Arg1 (thing dropped)": "his helmet"}),
                  ("watch", "watch.01", {"Arg0 (watcher)": "young worker", "Arg1 (thing watched)": "large log"}))
    assert "watches the log" in text, text  # "it" could be the helmet


def test_a_cause_just_before_the_anchor_is_told_with_it(realiser, grammar):
    """Judged not fluent (round 7): "That makes him violently grab her purse", "That lets
    her hopefully watch it": the cause and the anchor in one sentence, the anchor named by
    what happens in it."""
    frames = (("walk", "walk.01", {"Arg0 (walker)": "woman in trench coat"}),
              ("jump", "jump.01", {"Arg0 (jumper)": "man in black hoodie", "Arg1 (obstacle)": "woman in trench coat"}),
              ("grab", "grab.01", {"Arg0 (grabber)": "man in black hoodie", "Arg1 (thing grabbed)": "her purse"}))
    causes = _related(realiser, grammar, ["NoRel", "Causes", None], *frames)
    # one's own next deed after plain "and", caused or enabled: "looks around the room,
    # which makes him cry out" (round 9, q058) and "and so" (q040, q137, q157) judged awkward
    assert "Then, a man in a black hoodie jumps her and grabs her purse." in causes, causes
    enables = _related(realiser, grammar, ["NoRel", "Enables", None], *frames)
    assert "Then, a man in a black hoodie jumps her and grabs her purse." in enables, enables
    none = _related(realiser, grammar, ["NoRel", "NoRel", None], *frames)
    assert none != causes  # a relation has its words; Causes -> Enables is no negative (relation_flip)


def test_one_who_enables_their_own_deed_is_not_said_twice(realiser, grammar):
    text = _related(realiser, grammar, ["NoRel", "Enables", None],
                    ("kneel", "kneel.01", {"Arg0 (kneeler)": "safecracker"}),
                    ("turn", "turn.01", {"Arg0 (turner)": "safecracker", "Arg1 (thing turning)": "the dial"}),
                    ("open", "open.01", {"Arg0 (opener)": "safecracker", "Arg1 (thing opening)": "vault door"}))
    assert "Then, the safecracker turns the dial and opens a vault door." in text, text
    # judged not fluent (round 7): "the security guard" again and again; caused, plain "and"
    # ("and so turns around" judged awkward in round 9)
    guard = _related(realiser, grammar, ["NoRel", "Causes", None],
                     ("walk", "walk.01", {"Arg0 (walker)": "security guard"}),
                     ("listen", "listen.01", {"Arg0 (listener)": "security guard", "Arg1 (thing listened to)": "footsteps"}),
                     ("turn", "turn.02", {"Arg1 (thing turning)": "security guard", "ArgM (direction)": "around"}))
    assert "Then, the guard listens to footsteps and turns around." in guard, guard
    # an earlier cause is told by the time order alone ("All this makes the worker jump"
    # judged forced in round 10, q129 q072): the anchor a plain next step
    earlier = _related(realiser, grammar, ["Causes", "NoRel", None],
                       ("walk", "walk.01", {"Arg0 (walker)": "security guard"}),
                       ("listen", "listen.01", {"Arg0 (listener)": "security guard", "Arg1 (thing listened to)": "footsteps"}),
                       ("turn", "turn.02", {"Arg1 (thing turning)": "security guard", "ArgM (direction)": "around"}))
    assert "All this" not in earlier and "walks, listens to footsteps and turns around." in earlier, earlier


def test_enabling_claims_no_purpose(realiser, grammar):
    """Judged not fluent (round 8): "closes the machine door, so he can open it", "holds a
    gas nozzle, so the woman can talk to the attendant": "so ... can" says the first deed
    was done for the second, which Enables does not (nor do "which lets", round 1, or "That
    lets", round 7, read as more than a claim). The enabled event is the next step of the
    same sentence: one's own after "and", pronoun or not; another's after ", and"."""
    own = _related(realiser, grammar, ["NoRel", "Enables", None],
                   ("put", "put.01", {"Arg0 (putter)": "man in sweatpants", "Arg1 (thing put)": "red sock",
                                      "Arg2 (where put)": "in the washing machine"}),
                   ("close", "close.01", {"Arg0 (closer)": "man in sweatpants", "Arg1 (thing closing)": "machine door"}),
                   ("open", "open.01", {"Arg0 (opener)": "man in sweatpants", "Arg1 (thing opening)": "machine door"}))
    # a deed that undoes the one before is a step of its own ("closes the machine door and
    # opens it" judged a contradiction in round 10, q006)
    assert "Then, he closes the machine door. Finally, he opens it." in own, own
    assert "so he can" not in own
    own = _related(realiser, grammar, ["NoRel", "Enables", None],
                   ("put", "put.01", {"Arg0 (putter)": "man in sweatpants", "Arg1 (thing put)": "red sock",
                                      "Arg2 (where put)": "in the washing machine"}),
                   ("close", "close.01", {"Arg0 (closer)": "man in sweatpants", "Arg1 (thing closing)": "machine door"}),
                   ("pull", "pull.01", {"Arg0 (puller)": "man in sweatpants", "Arg1 (thing pulled)": "pink shirts"}))
    assert "Then, he closes the machine door and pulls pink shirts." in own, own
    other = _related(realiser, grammar, ["NoRel", "Enables", None],
                     ("pull", "pull.01", {"Arg0 (puller)": "woman in cowboy boots", "Arg1 (thing pulled)": "vintage convertible"}),
                     ("hold", "hold.01", {"Arg0 (holder)": "attendant in blue cap", "Arg1 (thing held)": "gas nozzle"}),
                     ("talk", "talk.01", {"Arg0 (talker)": "woman in cowboy boots", "Arg2 (hearer)": "attendant in blue cap"}))
    assert "holds a gas nozzle, and the woman talks to the attendant." in other, other
    causes = _related(realiser, grammar, ["NoRel", "Causes", None], *[
        ("pull", "pull.01", {"Arg0 (puller)": "woman in cowboy boots", "Arg1 (thing pulled)": "vintage convertible"}),
        ("hold", "hold.01", {"Arg0 (holder)": "attendant in blue cap", "Arg1 (thing held)": "gas nozzle"}),
        ("talk", "talk.01", {"Arg0 (talker)": "woman in cowboy boots", "Arg2 (hearer)": "attendant in blue cap"})])
    assert causes != other  # each relation its own words (relation_flip)


def test_a_cause_told_before_quoted_words_keeps_its_own_sentence(realiser, grammar):
    text = _related(realiser, grammar, ["NoRel", "Causes", None],
                    ("sit", "sit.01", {"Arg1 (sitter)": "man in tuxedo"}),
                    ("cry", "cry.02", {"Arg0 (crier)": "man in tuxedo", "Arg1 (utterance)": "where am i"}),
                    ("laugh", "laugh.01", {"Arg0 (laugher)": "woman in red dress"}))
    assert '"Where am I?" As a result, a woman in a red dress laughs.' in text, text


def test_in_reaction_once_in_a_row_and_not_for_what_befalls(realiser, grammar):
    """Judged not fluent (round 7): "After that, in reaction" (stilted), "in reaction" twice
    in a row, and "in reaction" for a fall; round 9: "In reaction, ..." unnatural, "In
    reaction" then "In response" stacked. A reaction by looking is plain from the order;
    one by a bystander who saw it, "Seeing this", or, after others' reaction in between,
    what was seen by its content (round18/q154); never two such links in a row."""
    frames = (("walk", "walk.01", {"Arg0 (walker)": "waitress"}),
              ("carry", "carry.01", {"Arg0 (carrier)": "waitress", "Arg1 (thing carried)": "stack of plates"}),
              ("drop", "drop.01", {"Arg0 (dropper)": "waitress", "Arg1 (thing dropped)": "stack of plates"}),
              ("look", "look.01", {"Arg0 (looker)": "customers", "Arg1 (thing looked at)": "waitress"}),
              ("pick", "pick.04", {"Arg0 (agent)": "cook", "Arg1 (thing acquired)": "broken plates"}))
    text = _related(realiser, grammar, ["NoRel", "NoRel", None, "Reaction To", "Reaction To"], *frames)
    assert "After that, customers look at her. Seeing the waitress drop the stack, a cook picks" in text, text
    assert "In reaction" not in text and "In response" not in text
    assert "After that, in reaction" not in text
    falls = _related(realiser, grammar, ["NoRel", "NoRel", None, "Reaction To", "NoRel"],
                     ("kick", "kick.01", {"Arg0 (kicker)": "man in blue jacket", "Arg1 (thing kicked)": "crate"}),
                     ("jump", "jump.03", {"Arg0 (jumper)": "man in blue jacket"}),
                     ("punch", "punch.01", {"Arg0 (agent)": "man in blue jacket", "Arg1 (entity punched)": "bald man"}),
                     ("fall", "fall.01", {"Arg1 (thing falling)": "bald man", "Arg4 (end point)": "onto a stack of boxes"}),
                     ("pick", "pick.04", {"Arg0 (agent)": "man in blue jacket", "Arg1 (thing acquired)": "metal pipe"}))
    assert "As a result, the bald man falls onto a stack of boxes." in falls, falls


def test_a_setting_told_by_another_of_its_names_is_not_said_again(realiser, grammar):
    """Judged not fluent (round 7): "a crowd jumps up cheering in a boxing arena" after
    the boxing ring; a place in the setting before is a new one ("on the church steps")."""
    text = _story(realiser, grammar,
                  ("punch", "punch.01", {"Arg0 (agent)": "boxer in red shorts", "Arg1 (entity punched)": "boxer in blue shorts",
                                         "Scene of the Event": "boxing ring"}),
                  ("cheer", "cheer.01", {"Arg0 (cheerer)": "crowd", "Scene of the Event": "boxing arena"}))
    assert "arena" not in text, text
    church = _story(realiser, grammar,
                    ("walk", "walk.01", {"Arg0 (walker)": "bride", "Scene of the Event": "church"}),
                    ("throw", "throw.01", {"Arg0 (thrower)": "guests", "Arg1 (thing thrown)": "rice",
                                           "Scene of the Event": "church steps"}))
    assert "church steps" in church, church


def test_a_manner_said_just_before_is_not_said_again(realiser, grammar):
    """Judged not fluent (round 8): "angrily opens the car door, so she can yell angrily at
    him", "proudly lift a large fish ... the boy smiles proudly at him"."""
    text = _related(realiser, grammar, ["NoRel", "Enables", None],
                    ("pull", "pull.01", {"Arg0 (puller)": "man in flannel shirt", "Arg1 (thing pulled)": "station wagon"}),
                    ("open", "open.01", {"Arg0 (opener)": "woman in denim jacket", "Arg1 (thing opening)": "car door",
                                         "ArgM (manner)": "angrily"}),
                    ("yell", "yell.01", {"Arg0 (yeller)": "woman in denim jacket", "Arg2 (hearer)": "man in flannel shirt",
                                         "ArgM (manner)": "angrily"}))
    assert text.count("angrily") == 1, text
    # said again after a sentence without it
    apart = _story(realiser, grammar,
                   ("open", "open.01", {"Arg0 (opener)": "woman in denim jacket", "Arg1 (thing opening)": "car door",
                                        "ArgM (manner)": "angrily"}),
                   ("walk", "walk.01", {"Arg0 (walker)": "man in flannel shirt"}),
                   ("yell", "yell.01", {"Arg0 (yeller)": "woman in denim jacket", "Arg2 (hearer)": "man in flannel shirt",
                                        "ArgM (manner)": "angrily"}))
    assert apart.count("angrily") == 2, apart


def test_no_reaction_to_what_one_did_of_one_s_own_accord(realiser, grammar):
    """Judged not fluent (round 8): "After that, he stands up embarrassedly. In reaction, he
    angrily throws his hat": the sentence before tells of him, agent or not, unrelated to
    the anchor; "In reaction" would make it his own deed he reacts to."""
    text = _related(realiser, grammar, ["Causes", "Causes", None, "NoRel", "Reaction To"],
                    ("climb", "climb.01", {"Arg0 (climber)": "man in straw hat", "ArgM (direction)": "onto the horse"}),
                    ("fall", "fall.01", {"Arg1 (thing falling)": "man in straw hat", "Arg4 (end point)": "into the mud"}),
                    ("laugh", "laugh.01", {"Arg0 (laugher)": "ranch hands", "Arg2 (laughed at)": "man in straw hat"}),
                    ("stand", "stand.07", {"Arg1 (thing standing)": "man in straw hat", "ArgM (manner)": "embarrassed"}),
                    ("throw", "throw.01", {"Arg0 (thrower)": "man in straw hat", "Arg1 (thing thrown)": "his hat"}))
    assert "In reaction" not in text and "Finally, he throws his hat" in text, text


def test_a_counted_group_of_the_people_told_of_is_them(realiser, grammar):
    """Judged not fluent (round 8): "a man in a camel coat meets a young dealer ... Then, two
    men shake hands", "Finally, two thieves enter the vault" after two people: as many
    people as the story told of are those people; not where they could not all be it."""
    meet = ("meet", "meet.03", {"Arg0 (one party)": "man in camel coat", "Arg1 (other party)": "young dealer in red cap"})
    text = _story(realiser, grammar, meet,
                  ("shake", "shake.01", {"Arg0 (shaker)": "two men", "Arg1 (thing shaken)": "hands"}))
    assert "Finally, the two men shake hands" in text, text
    three = _story(realiser, grammar, meet,
                   ("enter", "enter.01", {"Arg0 (enterer)": "three men", "Arg1 (place entered)": "the room"}))
    assert "Finally, three men enter" in three, three
    women = _story(realiser, grammar, meet,
                   ("enter", "enter.01", {"Arg0 (enterer)": "two women", "Arg1 (place entered)": "the room"}))
    assert "Finally, two women enter" in women, women


def test_a_child_after_the_one_parent_told_of_is_theirs(realiser, grammar):
    """Judged not fluent (round 8): "a mother with curly hair puts a plate of food on the
    table. Then, a teenage son ... sits down" ("her teenage son"); not a link the clip does
    not give ("a bride ... a mother": the bride's or the groom's?), nor beside two parents."""
    put = ("put", "put.01", {"Arg0 (putter)": "mother with curly hair", "Arg1 (thing put)": "plate of food",
                             "Arg2 (where put)": "on the table"})
    sit = ("sit", "sit.02", {"Arg1 (sitter)": "teenage son in black t-shirt", "ArgM (direction)": "down"})
    text = _story(realiser, grammar, put, sit)
    assert "Finally, her teenage son in a black t-shirt sits down" in text, text
    two = _story(realiser, grammar, put, ("walk", "walk.01", {"Arg0 (walker)": "father in grey sweater"}), sit)
    assert "Finally, a teenage son" in two, two
    bride = _story(realiser, grammar,
                   ("walk", "walk.01", {"Arg0 (walker)": "bride in white gown"}),
                   ("cry", "cry.01", {"Arg0 (crier)": "mother in lavender hat"}))
    assert "Finally, a mother in a lavender hat" in bride, bride


def test_a_path_s_end_told_just_before_is_not_said_again(realiser, grammar):
    """Judged not fluent (round 8): "pushes the student to the mat ... Finally, the student
    falls backwards onto the mat"; and (round17/q047) "... Finally, the student falls
    backwards" without it: the mat is said once, where the fall reaches it
    (Realiser._goal_reached_next)."""
    push = ("push", "push.01", {"Arg0 (pusher)": "instructor in black gi", "Arg1 (thing pushed)": "student in white gi",
                                "Arg2 (direction)": "to the mat"})
    text = _story(realiser, grammar, push,
                  ("fall", "fall.01", {"Arg1 (thing falling)": "student in white gi", "Arg4 (end point)": "onto the mat",
                                       "ArgM (direction)": "backwards"}))
    assert text.endswith("Finally, the student falls backwards onto the mat.") and text.count("mat") == 1, text
    bare = _story(realiser, grammar, push,
                  ("fall", "fall.01", {"Arg1 (thing falling)": "student in white gi", "Arg4 (end point)": "onto the mat"}))
    assert bare.endswith("falls onto the mat.") and bare.count("mat") == 1, bare


def test_someone_told_of_just_before_is_a_pronoun_after_a_preposition(realiser, grammar):
    """Judged not fluent (round 8): "In reaction, he shouts loudly at her. As a result, she
    turns away coldly from the man in the navy suit" ("from him")."""
    text = _story(realiser, grammar,
                  ("stand", "stand.07", {"Arg1 (thing standing)": "man in navy suit"}),
                  ("shout", "shout.01", {"Arg0 (shouter)": "man in navy suit", "Arg2 (hearer)": "woman in white blouse"}),
                  ("turn", "turn.04", {"Arg1 (thing turning)": "woman in white blouse",
                                       "Arg2 (turned away from)": "from man in navy suit"}))
    assert "from him." in text, text
    # not where another he could be taken for him
    two = _story(realiser, grammar,
                 ("stand", "stand.07", {"Arg1 (thing standing)": "man in navy suit"}),
                 ("shout", "shout.01", {"Arg0 (shouter)": "boy in red cap", "Arg2 (hearer)": "woman in white blouse"}),
                 ("turn", "turn.04", {"Arg1 (thing turning)": "woman in white blouse",
                                      "Arg2 (turned away from)": "from man in navy suit"}))
    assert "from him" not in two, two


def test_a_reaction_is_led_in_as_english_tells_one(realiser, grammar):
    """Judged not fluent (round 9, q037 q077 q083 q111 q121 q129 q143 q149): "In
    reaction, ..." an unnatural connective; "In reaction" then "In response" stacked (q081,
    q157). After words said aloud, "Hearing this"; by one who saw what the sentence
    before told and took no part in it, "Seeing this"; by one who took part, the order of
    telling says it; never two such links in a row."""
    heard = _related(realiser, grammar, ["Enables", "NoRel", None, "Reaction To", "NoRel"],
                     ("kick", "kick.01", {"Arg0 (kicker)": "soldier with black helmet", "Arg1 (thing kicked)": "bunker door"}),
                     ("enter", "enter.01", {"Arg0 (entity entering)": "soldiers", "Arg1 (place entered)": "the bunker"}),
                     ("shout", "shout.01", {"Arg0 (shouter)": "soldier with black helmet", "Arg1 (utterance)": "hands up",
                                            "Arg2 (hearer)": "enemy officer"}),
                     ("lift", "lift.01", {"Arg0 (lifter)": "enemy officer", "Arg1 (thing lifted)": "his hands"}),
                     ("grab", "grab.01", {"Arg0 (grabber)": "soldier with black helmet", "Arg1 (thing grabbed)": "enemy officer"}))
    assert '"Hands up!" Hearing this, the officer lifts his hands.' in heard, heard
    robot = (("fall", "fall.01", {"Arg1 (thing falling)": "glowing meteor", "Arg4 (end point)": "into the field"}),
             ("run", "run.02", {"Arg0 (runner)": "farmer in overalls", "ArgM (direction)": "towards the crater"}),
             ("look", "look.01", {"Arg0 (looker)": "farmer in overalls", "Arg1 (thing looked at)": "the crater"}),
             ("climb", "climb.01", {"Arg0 (climber)": "small silver robot", "ArgM (direction)": "out of the crater"}),
             ("drop", "drop.01", {"Arg0 (dropper)": "farmer in overalls", "Arg1 (thing dropped)": "his pitchfork"}))
    # "this" is the sentence before: after an event not about the anchor, the reaction
    # is told plainly ("drops a glass of juice. Seeing this, the family drinks the wine"
    # of the toast: neg10)
    after_other = _related(realiser, grammar, ["Causes", "Enables", None, "NoRel", "Reaction To"], *robot)
    assert "Finally, the farmer drops his pitchfork." in after_other, after_other
    seen = _related(realiser, grammar, ["NoRel", "NoRel", None, "Reaction To", "NoRel"],
                    robot[0], robot[2], robot[3], robot[4],
                    ("run", "run.02", {"Arg0 (runner)": "farmer in overalls", "ArgM (direction)": "away"}))
    assert "Seeing this, the farmer drops his pitchfork." in seen, seen
    hug = (("stand", "stand.01", {"Arg1 (thing standing)": "woman in blue dress"}),
           ("watch", "watch.01", {"Arg0 (watcher)": "woman in blue dress", "Arg1 (thing watched)": "young man with backpack"}),
           ("run", "run.02", {"Arg0 (runner)": "woman in blue dress", "ArgM (direction)": "towards the young man"}),
           ("hug", "hug.01", {"Arg0 (hugger)": "woman in blue dress", "Arg1 (thing hugged)": "young man with backpack"}),
           ("kiss", "kiss.01", {"Arg0 (kisser)": "young man with backpack", "Arg1 (thing kissed)": "woman in blue dress"}))
    took_part = _related(realiser, grammar, ["Enables", "Enables", None, "Reaction To", "Reaction To"], *hug)
    assert "Finally, he kisses her." in took_part, took_part  # hugged: he does not see it, he is in it
    elevator = (("enter", "enter.01", {"Arg0 (entity entering)": "woman in black blazer", "Arg1 (place entered)": "the elevator"}),
                ("push", "push.01", {"Arg0 (pusher)": "woman in black blazer", "Arg1 (thing pushed)": "elevator button"}),
                ("close", "close.01", {"Arg1 (thing closing)": "elevator doors"}),
                ("grab", "grab.01", {"Arg0 (grabber)": "man in grey suit", "Arg1 (thing grabbed)": "elevator doors"}),
                ("laugh", "laugh.01", {"Arg0 (laugher)": "woman in black blazer"}))
    stacked = _related(realiser, grammar, ["Enables", "Enables", None, "Reaction To", "Reaction To"], *elevator)
    assert "Seeing this, a man in a grey suit grabs them. Finally, the woman laughs." in stacked, stacked
    for text in (heard, seen, took_part, stacked):
        assert "In reaction" not in text and "In response" not in text, text


def test_one_acted_on_acting_back_is_no_result(realiser, grammar):
    """Judged not fluent (rounds 8 and 9, q091): "kicks the instructor, which makes the
    instructor effortlessly catch the student's leg": the one the cause acted on acting
    back on its doer is the next move, told after ", and"; "which makes" stays for what
    the cause made another do ("throws a folder on the desk, which makes a man in a navy
    suit stand up", never judged wrong)."""
    kick = _related(realiser, grammar, ["Enables", "Causes", None],
                    ("fight", "fight.01", {"Arg0 (fighter)": "student in white gi", "Arg1 (opponent)": "instructor in black gi"}),
                    ("kick", "kick.01", {"Arg0 (kicker)": "student in white gi", "Arg1 (thing kicked)": "instructor in black gi"}),
                    ("catch", "catch.01", {"Arg0 (catcher)": "instructor in black gi", "Arg1 (thing caught)": "student's leg"}))
    assert "kicks the instructor, and the instructor catches the student's leg." in kick, kick
    assert "which makes" not in kick
    folder = _related(realiser, grammar, ["Enables", "Causes", None],
                      ("enter", "enter.01", {"Arg0 (entity entering)": "woman in white blouse", "Arg1 (place entered)": "the office"}),
                      ("throw", "throw.01", {"Arg0 (thrower)": "woman in white blouse", "Arg1 (thing thrown)": "folder",
                                             "Arg2 (thrown at, to, over)": "on the desk"}),
                      ("stand", "stand.01", {"Arg1 (thing standing)": "man in navy suit", "ArgM (direction)": "up"}))
    assert "which makes a man in a navy suit stand up." in folder, folder


def test_what_was_just_told_of_is_not_named_again_in_full(realiser, grammar):
    """Judged not fluent (round 9): "runs happily towards the young man ... hugs the young
    man" (q008), "runs curiously towards the crater and looks cautiously at the crater"
    (q068), "turns on the main screen and stares at the screen" (q072): a thing the event
    before acted on or went to is "it" as the one object, after a preposition too; a
    person told by some words of a description told before is that person ("the young
    man": him)."""
    hug = (("stand", "stand.01", {"Arg1 (thing standing)": "woman in blue dress"}),
           ("watch", "watch.01", {"Arg0 (watcher)": "woman in blue dress", "Arg1 (thing watched)": "young man with backpack"}),
           ("run", "run.02", {"Arg0 (runner)": "woman in blue dress", "ArgM (direction)": "towards the young man"}),
           ("hug", "hug.01", {"Arg0 (hugger)": "woman in blue dress", "Arg1 (thing hugged)": "young man with backpack"}))
    text = _related(realiser, grammar, ["Enables", "Enables", None, "Reaction To"], *hug)
    assert "watches a young man with a backpack and runs towards him. Finally, she hugs him." in text, text
    crater = _related(realiser, grammar, ["Causes", "Enables", None],
                      ("fall", "fall.01", {"Arg1 (thing falling)": "glowing meteor", "Arg4 (end point)": "into the field"}),
                      ("run", "run.02", {"Arg0 (runner)": "farmer in overalls", "ArgM (direction)": "towards the crater"}),
                      ("look", "look.01", {"Arg0 (looker)": "farmer in overalls", "Arg1 (thing looked at)": "the crater"}))
    assert "runs towards the crater and looks at it." in crater, crater
    screen = _related(realiser, grammar, ["Enables", "Enables", None],
                      ("sit", "sit.01", {"Arg1 (thing sitting)": "engineer with glasses",
                                         "Arg2 (location or position)": "at the console"}),
                      ("turn on", "turn.13", {"Arg0 (cause of on-ness)": "engineer with glasses",
                                              "Arg1 (lamp, etc)": "the main screen"}),
                      ("stare", "stare.01", {"Arg0 (looker)": "engineer with glasses", "Arg1 (looked at)": "the main screen"}))
    assert "and stares at it." in screen, screen  # not "the glasses": they are "they", and his
    # a thing two sentences back is not "it": the sentence between is what "it" is taken from
    room = _related(realiser, grammar, ["NoRel", "NoRel", None],
                    ("look", "look.01", {"Arg0 (looker)": "man in tuxedo", "Arg1 (thing looked at)": "the room"}),
                    ("cry", "cry.02", {"Arg0 (crier)": "man in tuxedo", "Arg1 (utterance)": "where am i"}),
                    ("enter", "enter.01", {"Arg0 (entity entering)": "his friend in hawaiian shirt",
                                           "Arg1 (place entered)": "the room"}))
    assert "enters the room" in room, room


def test_one_of_unknown_gender_doing_two_things_in_a_row_is_told_once(realiser, grammar):
    """Judged not fluent (round 9, q115): "the nurse" four times where a pronoun would be
    natural, and "the engineer" (q072), "the guard" (q137) likewise; the clip does not say
    he or she. One who does two things in a row, with no relation said on the second, is
    told in one sentence, a third going on in a list (round18/q161), a fourth in a sentence
    of its own (four deeds to a sentence judged a run-on, round19/q144)."""
    nurse = "nurse in blue scrubs"
    text = _related(realiser, grammar, ["Enables", "Enables", None, "Reaction To", "NoRel"],
                    ("walk", "walk.01", {"Arg0 (walker)": nurse, "ArgM (direction)": "down the corridor"}),
                    ("open", "open.01", {"Arg0 (opener)": nurse, "Arg1 (thing opening)": "patient room door"}),
                    ("look", "look.01", {"Arg0 (looker)": nurse, "Arg1 (thing looked at or for or on)": "sleeping patient"}),
                    ("pull", "pull.01", {"Arg0 (puller)": nurse, "Arg1 (thing pulled)": "blanket",
                                         "Arg2 (DIR, destination or attribute of arg1)": "over the patient"}),
                    ("turn off", "turn.07", {"Arg0 (turner off)": nurse, "Arg1 (thing which becomes off)": "the lamp"}))
    assert "looks at a sleeping patient and pulls a blanket over the patient. Finally, the nurse turns off the lamp." \
        in text, text
    assert text.count("the nurse") == 2, text
    # not the cause the anchor is told with, nor past quoted words, nor with a pronoun
    guard = "security guard with flashlight"
    cause = _related(realiser, grammar, ["NoRel", "Causes", None],
                     ("walk", "walk.01", {"Arg0 (walker)": guard, "ArgM (direction)": "through the gallery"}),
                     ("listen", "listen.01", {"Arg0 (listener)": guard, "Arg1 (sound or speaker)": "footsteps"}),
                     ("turn", "turn.01", {"Arg0 (turner)": guard, "ArgM (direction)": "around"}))
    assert cause.startswith("First, a security guard with a flashlight walks through the gallery. Then, the guard "
                            "listens to footsteps and turns around."), cause
    quoted = _related(realiser, grammar, ["NoRel", "NoRel", None],
                      ("cry", "cry.02", {"Arg0 (crier)": "old sailor", "Arg1 (utterance)": "where am i"}),
                      ("open", "open.01", {"Arg0 (opener)": "old sailor", "Arg1 (thing opening)": "envelope"}),
                      ("sit", "sit.01", {"Arg1 (sitter)": "woman in red dress"}))
    assert '"Where am I?" Then, the sailor opens an envelope.' in quoted, quoted
    knight = _related(realiser, grammar, ["NoRel", "NoRel", None],
                      ("enter", "enter.01", {"Arg0 (entity entering)": "knight", "Arg1 (place entered)": "throne room"}),
                      ("remove", "remove.01", {"Arg0 (remover)": "knight", "Arg1 (thing removed)": "his helmet"}),
                      ("kneel", "kneel.01", {"Arg0 (kneeler)": "knight"}))
    assert "Then, he removes his helmet. Finally, he kneels." in knight, knight


def test_a_possession_tells_a_gender_beside_one_whose_gender_is_unknown(realiser, grammar):
    """Judged not fluent (round 9, q040): "the warrior" in every sentence though she
    "fights off flames with her shield": a thing one carries or wears is the doer's, also
    beside a dragon (WordNet files it among people, its gender unsaid)."""
    text = _related(realiser, grammar, ["NoRel", "Causes", None, "Reaction To"],
                    ("wear", "wear.01", {"Arg0 (wearer)": "warrior in bronze armor", "Arg1 (clothing)": "dragon-scale shield"}),
                    ("stare down", "stare.01", {"Arg0 (looker)": "warrior in bronze armor", "Arg1 (looked at)": "red dragon"}),
                    ("fight off", "fight.01", {"Arg0 (fighter)": "warrior in bronze armor", "Arg1 (opponent)": "flames",
                                               "Arg2 (instrument)": "with her shield"}),
                    ("put out", "put.10", {"Arg0 (extinguisher)": "warrior in bronze armor", "Arg1 (fire)": "fire on her cloak"}))
    assert "Then, she stares down" in text and "fights off flames with her shield. Finally, she puts out" in text, text


def test_how_the_doer_was_is_set_off_after_the_rest(realiser, grammar):
    """Judged not fluent (round 9): "opens the car door dazed", "runs into an alley
    limping" (q037), "runs out of the barn screaming at night" (q143), "falls into the
    snow exhausted" (q103): a participle that says how the doer was comes after all the
    rest, set off with a comma; a sentence so ended does not go on with "and"; a manner
    of the deed stays where it was ("in panic")."""
    barn = _related(realiser, grammar, ["Enables", "Enables", None, "Reaction To", "NoRel"],
                    ("enter", "enter.01", {"Arg0 (entity entering)": "teenage girl with flashlight",
                                           "Arg1 (place entered)": "old barn"}),
                    ("look", "look.01", {"Arg0 (looker)": "teenage girl with flashlight", "Arg1 (thing looked at)": "hayloft",
                                         "Scene of the Event": "old barn"}),
                    ("jump", "jump.01", {"Arg0 (jumper)": "man in burlap mask", "ArgM (direction)": "down from the hayloft"}),
                    ("drop", "drop.01", {"Arg0 (dropper)": "teenage girl with flashlight", "Arg1 (thing dropped)": "flashlight"}),
                    ("run", "run.02", {"Arg0 (runner)": "teenage girl with flashlight", "ArgM (direction)": "out of the barn",
                                       "ArgM (manner)": "screaming", "Scene of the Event": "farm at night"}))
    assert "runs out of the barn at night, screaming." in barn, barn
    snow = _related(realiser, grammar, ["NoRel", "Causes", None],
                    ("walk", "walk.01", {"Arg0 (walker)": "explorers in fur parkas", "ArgM (direction)": "against the wind"}),
                    ("fall", "fall.01", {"Arg1 (thing falling)": "explorer in orange parka", "Arg4 (end point)": "into the snow",
                                         "ArgM (manner)": "exhausted"}),
                    ("lift", "lift.01", {"Arg0 (lifter)": "man with frosted beard", "Arg1 (thing lifted)": "explorer in orange parka"}))
    assert "falls into the snow, exhausted, and a man" in snow, snow
    laugh = _related(realiser, grammar, ["NoRel", "NoRel", None],
                     ("sit", "sit.01", {"Arg1 (thing sitting)": "man in tuxedo"}),
                     ("enter", "enter.01", {"Arg0 (entity entering)": "his friend in hawaiian shirt",
                                            "Arg1 (place entered)": "the room", "ArgM (manner)": "laughing"}),
                     ("give", "give.01", {"Arg0 (giver)": "his friend in hawaiian shirt", "Arg1 (thing given)": "wallet",
                                          "Arg2 (entity given to)": "man in tuxedo"}))
    assert "enters the room, laughing. Finally," in laugh, laugh
    panic = _story(realiser, grammar,
                   ("run", "run.02", {"Arg0 (runner)": "woman in nightgown", "ArgM (direction)": "out of the bathroom",
                                      "ArgM (manner)": "in panic"}))
    assert "runs out of the bathroom in panic." in panic, panic


def test_a_setting_the_event_names_itself_is_not_said(realiser, grammar):
    """Judged not fluent (round 9, q103): "closes the tent flap inside the tent": a scene
    whose every noun the event's own fillers name is not said; one that says more is ("a
    hospital room" beside "the room")."""
    tent = _story(realiser, grammar,
                  ("carry", "carry.01", {"Arg0 (carrier)": "man with frosted beard", "Arg1 (thing carried)": "explorer",
                                         "ArgM (direction)": "towards the tent", "Scene of the Event": "snowy tundra"}),
                  ("close", "close.01", {"Arg0 (closer)": "man with frosted beard", "Arg1 (thing closing)": "tent flap",
                                         "Scene of the Event": "inside the tent"}))
    assert "closes the tent flap." in tent, tent
    room = _story(realiser, grammar,
                  ("clean", "clean.01", {"Arg0 (cleaner)": "nurse", "Arg1 (thing cleaned)": "the window",
                                         "Scene of the Event": "window seat"}))
    assert "in a window seat" in room, room


def test_one_of_a_group_told_before_is_told_apart_by_number(realiser, grammar):
    """Judged not fluent (round 9, q103): "the explorer in the orange parka" three times
    after "explorers in fur parkas": the one explorer is "the explorer"; not beside the
    group in the sentence or the one before ("soldiers enter the bunker, and the soldier
    with the black helmet shouts"), nor after a counted group that may count it ("the
    two men ... the man in the camel coat")."""
    explorer = _related(realiser, grammar, ["NoRel", "Causes", None, "Reaction To"],
                        ("walk", "walk.01", {"Arg0 (walker)": "explorers in fur parkas", "ArgM (direction)": "against the wind"}),
                        ("fall", "fall.01", {"Arg1 (thing falling)": "explorer in orange parka", "Arg4 (end point)": "into the snow"}),
                        ("lift", "lift.01", {"Arg0 (lifter)": "man with frosted beard", "Arg1 (thing lifted)": "explorer in orange parka"}),
                        ("carry", "carry.01", {"Arg0 (carrier)": "man with frosted beard",
                                               "Arg1 (thing carried)": "explorer in orange parka",
                                               "ArgM (direction)": "towards the tent"}))
    assert "lifts the explorer. Finally, he carries the explorer towards the tent." in explorer, explorer
    soldiers = _related(realiser, grammar, ["NoRel", "Enables", None],
                        ("kick", "kick.01", {"Arg0 (kicker)": "soldier with black helmet", "Arg1 (thing kicked)": "bunker door"}),
                        ("enter", "enter.01", {"Arg0 (entity entering)": "soldiers", "Arg1 (place entered)": "the bunker"}),
                        ("shout", "shout.01", {"Arg0 (shouter)": "soldier with black helmet", "Arg1 (utterance)": "hands up",
                                               "Arg2 (hearer)": "enemy officer"}))
    assert "and the soldier with the black helmet shouts" in soldiers, soldiers
    men = _related(realiser, grammar, ["NoRel", "Enables", None],
                   ("meet", "meet.01", {"Arg0 (one party)": "man in camel coat", "Arg1 (other party)": "young dealer"}),
                   ("shake", "shake.01", {"Arg0 (shaker)": "two men", "Arg1 (thing shaken)": "hands"}),
                   ("pick", "pick.01", {"Arg0 (picker)": "man in camel coat", "Arg1 (thing picked)": "package"}))
    assert "the man in the camel coat picks" in men, men


def test_a_style_that_names_its_relations_keeps_naming_them(realiser, grammar):
    """The story's "Seeing this" and its plain reactions are English for a story; figclip's
    "the action is ..." clauses keep "In reaction", "In response" (a caption of them is no
    story: "Seeing this, the action is laugh" reads as nothing)."""
    frames = (("enter", "enter.01", {"Arg0 (entity entering)": "woman in black blazer", "Arg1 (place entered)": "the elevator"}),
              ("push", "push.01", {"Arg0 (pusher)": "woman in black blazer", "Arg1 (thing pushed)": "elevator button"}),
              ("close", "close.01", {"Arg1 (thing closing)": "elevator doors"}),
              ("grab", "grab.01", {"Arg0 (grabber)": "man in grey suit", "Arg1 (thing grabbed)": "elevator doors"}),
              ("laugh", "laugh.01", {"Arg0 (laugher)": "woman in black blazer"}))
    rels = ["Enables", "Enables", None, "Reaction To", "Reaction To"]
    events = [make_event(verb, vid, roles, f"Ev{i + 1}", rel, grammar)
              for i, ((verb, vid, roles), rel) in enumerate(zip(frames, rels))]
    caps = realiser.realise_clip(events)
    assert "In reaction, the action is grab" in caps["figclip"] and "In response, the action is laugh" in caps["figclip"]
    assert "Seeing this, a man in a grey suit grabs them" in caps["natural"], caps["natural"]


def test_one_the_sentence_before_called_by_a_pronoun_is_a_pronoun_again(realiser, grammar):
    """Judged not fluent (round 9, q121): "he politely shakes her hand. Finally, the woman
    laughs nervously": the annotation's own "her" told of the one woman of the two
    sentences before, so she is "she" in the next."""
    text = _related(realiser, grammar, ["Enables", "Enables", None, "Reaction To", "NoRel"],
                    ("sit", "sit.01", {"Arg1 (thing sitting)": "woman in beret", "Arg2 (location or position)": "at a small table"}),
                    ("approach", "approach.01", {"Arg1 (thing approached)": "man with guitar case", "Arg2 (approacher)": "the table"}),
                    ("meet", "meet.01", {"Arg0 (one party)": "woman in beret", "Arg1 (other party)": "man with guitar case"}),
                    ("shake", "shake.01", {"Arg0 (shaker)": "man with guitar case", "Arg1 (thing shaken)": "her hand"}),
                    ("laugh", "laugh.01", {"Arg0 (laugher)": "woman in beret"}))
    assert "he shakes her hand. Finally, she laughs." in text, text
    # two who could be "her": the noun stays
    two = _related(realiser, grammar, ["NoRel", "NoRel", None],
                   ("meet", "meet.01", {"Arg0 (one party)": "woman in beret", "Arg1 (other party)": "girl in red coat"}),
                   ("shake", "shake.01", {"Arg0 (shaker)": "man with guitar case", "Arg1 (thing shaken)": "her hand"}),
                   ("laugh", "laugh.01", {"Arg0 (laugher)": "woman in beret"}))
    assert "Finally, the woman laughs." in two, two


def test_a_body_part_tells_who_took_part_only_where_it_is_not_the_doers(realiser, grammar):
    """"pours whiskey on the wound. Finally, the soldier screams in pain": the wound may
    be his, he took part; "lifts a large fish over his head. Seeing this, the boy smiles
    at him": the head is the fisherman's own (round 9, q077: "In reaction" unnatural)."""
    fish = _related(realiser, grammar, ["NoRel", "Enables", None, "Reaction To"],
                    ("pull", "pull.01", {"Arg0 (puller)": "fisherman in yellow raincoat", "Arg1 (thing pulled)": "fishing net"}),
                    ("hold", "hold.01", {"Arg0 (holder)": "teenage boy", "Arg1 (thing held)": "the rope"}),
                    ("lift", "lift.01", {"Arg0 (lifter)": "fisherman in yellow raincoat", "Arg1 (thing lifted)": "large fish",
                                         "Arg4 (end point)": "over his head"}),
                    ("smile", "smile.01", {"Arg0 (smiler)": "teenage boy", "Arg2 (smiled at)": "fisherman in yellow raincoat"}))
    assert "Seeing this, the boy smiles at him." in fish, fish
    wound = _related(realiser, grammar, ["NoRel", "NoRel", None, "Reaction To"],
                     ("carry", "carry.01", {"Arg0 (carrier)": "two men", "Arg1 (thing carried)": "wounded soldier"}),
                     ("look", "look.01", {"Arg0 (looker)": "doctor in bloody apron", "Arg1 (thing looked at)": "the wound"}),
                     ("pour", "pour.01", {"Arg0 (pourer)": "doctor in bloody apron", "Arg1 (liquid)": "whiskey",
                                          "Arg3 (destination)": "on the wound"}),
                     ("scream", "scream.01", {"Arg0 (screamer)": "wounded soldier"}))
    assert "Seeing this" not in wound and "Finally, the soldier screams." in wound, wound


def test_another_s_deliberate_act_after_a_cause_is_the_next_step(realiser, grammar):
    """Judged not fluent (round 10): "turns around, which makes a man in a grey hoodie grab
    him" (q169), "her shoe falls off her foot, which makes a man ... pick up the shoe"
    (q106), "falls into the snow, which makes a man ... lift the explorer" (q025): another's
    deliberate act on someone or something (an Arg0 with an Arg1) is told as the next step
    after ", and", in time order; "which makes" stays for a response with nothing acted on
    ("chase her relentlessly, which makes her jump", q053, judged fluent)."""
    grab = _related(realiser, grammar, ["Enables", "Causes", None],
                    ("walk", "walk.01", {"Arg0 (walker)": "man in black suit", "ArgM (direction)": "along the pier"}),
                    ("turn", "turn.01", {"Arg0 (turner)": "man in black suit", "ArgM (direction)": "around",
                                         "ArgM (manner)": "suddenly"}),
                    ("grab", "grab.01", {"Arg0 (grabber)": "man in grey hoodie", "Arg1 (entity grabbed)": "man in black suit",
                                         "ArgM (manner)": "roughly"}))
    assert "he suddenly turns around, and a man in a grey hoodie grabs him roughly." in grab, grab
    assert "which makes" not in grab
    shoe = _related(realiser, grammar, ["Causes", "Causes", None],
                    ("run", "run.02", {"Arg0 (runner)": "woman in sparkly dress", "ArgM (direction)": "down the stairs"}),
                    ("fall", "fall.01", {"Arg1 (thing falling)": "her shoe", "Arg3 (start point)": "off her foot"}),
                    ("pick up", "pick.04", {"Arg0 (agent)": "man in bellhop uniform", "Arg1 (thing acquired)": "the shoe"}))
    assert "falls off her foot, and a man in a bellhop uniform picks up the shoe." in shoe, shoe
    jump = _related(realiser, grammar, ["Enables", "Causes", None],
                    ("run", "run.02", {"Arg0 (runner)": "woman in silver jacket", "ArgM (direction)": "across the rooftop"}),
                    ("chase", "chase.01", {"Arg0 (follower)": "drones", "Arg1 (thing followed)": "woman in silver jacket"}),
                    ("jump", "jump.03", {"Arg0 (jumper)": "woman in silver jacket", "ArgM (goal)": "to the next building"}))
    assert "which makes her jump to the next building." in jump, jump
    # a thing does nothing on purpose: what it does stays made to happen
    sedan = _related(realiser, grammar, ["Enables", "Causes", None],
                     ("drive", "drive.01", {"Arg0 (driver)": "man in denim jacket", "Arg1 (vehicle)": "black sedan"}),
                     ("turn", "turn.01", {"Arg0 (turner)": "man in denim jacket", "Arg1 (thing turning)": "the wheel"}),
                     ("hit", "hit.01", {"Arg0 (hitter)": "black sedan", "Arg1 (thing hit)": "pile of boxes"}))
    assert "which makes the sedan hit a pile of boxes." in sedan, sedan


def test_an_earlier_cause_is_told_by_the_time_order(realiser, grammar):
    """Judged not fluent (round 10, q072 q129): "All this makes the boxer in red shorts
    knock him down", "All this makes the worker jump": a cause not just before the anchor
    is told by the order alone, with the temporal connective."""
    text = _related(realiser, grammar, ["Causes", "NoRel", None],
                    ("punch", "punch.01", {"Arg0 (agent)": "boxer in red shorts", "Arg1 (entity punched)": "boxer in blue shorts",
                                           "ArgM (manner)": "repeatedly"}),
                    ("hold", "hold.01", {"Arg0 (holder)": "boxer in blue shorts", "Arg1 (thing held)": "his gloves",
                                         "ArgM (direction)": "up"}),
                    ("knock down", "knock.02", {"Arg0 (knocker)": "boxer in red shorts",
                                                "Arg1 (thing knocked and going down)": "boxer in blue shorts",
                                                "Arg4 (end point)": "to the canvas"}))
    assert "Finally, the boxer in red shorts knocks him down to the canvas." in text, text
    assert "All this" not in text and "As a result" not in text


def test_one_who_takes_a_posture_does_it(realiser, grammar):
    """Judged not fluent (round 10, q128): "As a result, he stands up abruptly to leave the
    room": standing up (PropBank's Arg1 the one who rises) for a purpose is done, not
    undergone: a reaction, told as one; a fall stays a result."""
    frames = (("put", "put.01", {"Arg0 (putter)": "mother with curly hair", "Arg1 (thing put)": "plate of food",
                                 "Arg2 (where put)": "on the table"}),
              ("sit down", "sit.02", {"Arg1 (sitter)": "teenage son in black t-shirt"}),
              ("eat", "eat.01", {"Arg0 (eater)": "teenage son in black t-shirt", "Arg1 (meal)": "the food"}),
              ("talk", "talk.01", {"Arg0 (talker)": "mother with curly hair", "Arg2 (hearer)": "him"}),
              ("stand up", "stand.07", {"Arg1 (riser)": "teenage son in black t-shirt",
                                        "ArgM (purpose)": "to leave the room"}))
    text = _related(realiser, grammar, ["Enables", "Enables", None, "NoRel", "Reaction To"], *frames)
    assert "As a result" not in text and "stands up to leave the room." in text, text


def test_an_animal_acted_on_again_is_it(realiser, grammar):
    """Judged not fluent (round 10, q071): "grabs a small goat and carries the goat down the
    slope. After that, he puts the goat on the grass": an animal acted on again is "it",
    though it acts itself later ("the goat runs to its mother"); a person is not."""
    text = _related(realiser, grammar, ["Enables", "Enables", None, "Enables", "Reaction To"],
                    ("climb", "climb.01", {"Arg0 (climber)": "shepherd boy in wool cap", "ArgM (direction)": "up the rocks"}),
                    ("grab", "grab.01", {"Arg0 (grabber)": "shepherd boy in wool cap", "Arg1 (entity grabbed)": "small goat"}),
                    ("carry", "carry.01", {"Arg0 (carrier)": "shepherd boy in wool cap", "Arg1 (thing carried)": "small goat",
                                           "ArgM (direction)": "down the slope"}),
                    ("put", "put.01", {"Arg0 (putter)": "shepherd boy in wool cap", "Arg1 (thing put)": "small goat",
                                       "Arg2 (where put)": "on the grass"}),
                    ("run", "run.02", {"Arg0 (runner)": "small goat", "ArgM (direction)": "to its mother"}))
    assert "grabs a small goat and carries it down the slope." in text, text
    assert "puts it on the grass." in text, text
    assert "the goat runs to its mother." in text, text


def test_one_told_of_before_is_told_short_after_a_preposition(realiser, grammar):
    """Judged not fluent (round 10, q129): "runs worriedly towards the young worker in the
    orange vest" after "a young worker in an orange vest" was told of: after a
    preposition too, as short as still tells them apart."""
    text = _related(realiser, grammar, ["Causes", "NoRel", None, "NoRel", "Reaction To"],
                    ("push", "push.01", {"Arg0 (pusher)": "lumberjack in red flannel", "Arg1 (thing pushed)": "large log",
                                         "Arg2 (direction)": "down the slope"}),
                    ("look", "look.01", {"Arg0 (looker)": "young worker in orange vest", "Arg1 (thing looked at)": "large log"}),
                    ("jump", "jump.03", {"Arg0 (jumper)": "young worker in orange vest", "ArgM (direction)": "out of the way"}),
                    ("knock down", "knock.02", {"Arg0 (knocker)": "large log", "Arg1 (thing knocked)": "wooden fence"}),
                    ("run", "run.02", {"Arg0 (runner)": "lumberjack in red flannel",
                                       "ArgM (direction)": "towards young worker in orange vest"}))
    assert "Finally, the lumberjack runs towards the worker." in text, text


def test_a_place_just_gone_across_is_not_said_again(realiser, grammar):
    """Judged not fluent (round 10, q146): "throws a rope across the river, and the hikers
    hold it tightly in the river" ("the river" three times): a location naming what the
    event before went to or across is not said again where the event acts on something."""
    text = _related(realiser, grammar, ["Enables", "Enables", None],
                    ("walk", "walk.01", {"Arg0 (walker)": "hikers with backpacks", "ArgM (direction)": "towards the river"}),
                    ("throw", "throw.01", {"Arg0 (thrower)": "guide in green jacket", "Arg1 (thing thrown)": "rope",
                                           "Arg2 (thrown at, to, over, etc)": "across the river"}),
                    ("hold", "hold.01", {"Arg0 (holder)": "hikers with backpacks", "Arg1 (thing held)": "rope",
                                         "ArgM (manner)": "tightly", "ArgM (location)": "in the river"}))
    assert "across the river, and the hikers hold it tightly." in text, text


def test_one_whose_hand_was_just_held_is_her(realiser, grammar):
    """Judged not fluent (round 10, q082): "holds the woman's hand and tenderly kisses the
    woman in a yellow sundress": one whose noun owned something in the sentence just
    before is he or she, as the noun says, where no one else could be called so."""
    text = _related(realiser, grammar, ["Enables", "Enables", None],
                    ("walk", "walk.01", {"Arg0 (walker)": "couple", "ArgM (direction)": "along the shoreline"}),
                    ("hold", "hold.01", {"Arg0 (holder)": "man in white linen shirt", "Arg1 (thing held)": "woman's hand"}),
                    ("kiss", "kiss.01", {"Arg0 (kisser)": "man in white linen shirt",
                                         "Arg1 (kissed)": "woman in yellow sundress"}))
    assert "holds the woman's hand and kisses her." in text, text
    # not where another she was told of just before
    other = _related(realiser, grammar, ["NoRel", "NoRel", None],
                     ("wave", "wave.01", {"Arg0 (waver)": "man in white linen shirt"}),
                     ("hold", "hold.01", {"Arg0 (holder)": "girl in red dress", "Arg1 (thing held)": "woman's hand"}),
                     ("kiss", "kiss.01", {"Arg0 (kisser)": "man in white linen shirt",
                                          "Arg1 (kissed)": "woman in yellow sundress"}))
    assert "kisses the woman" in other, other


def test_the_thing_just_looked_at_is_it_after_a_direction_s_preposition(realiser, grammar):
    """Judged not fluent (rounds 8, 9, 10: q070, q143, q140): "looks nervously at a hayloft
    ... jumps down from the hayloft": the one thing the sentence before told of is "it"
    after a direction's preposition too, where nothing else could be taken for it."""
    frames = [("enter", "enter.01", {"Arg0 (entity entering)": "teenage girl with flashlight",
                                     "Arg1 (place entered)": "old barn"}),
              ("look", "look.01", {"Arg0 (looker)": "teenage girl with flashlight", "Arg1 (thing looked at)": "hayloft",
                                   "Scene of the Event": "old barn"}),
              ("jump", "jump.03", {"Arg0 (jumper)": "man in burlap mask", "ArgM (direction)": "down from the hayloft",
                                   "Scene of the Event": "old barn"})]
    text = _related(realiser, grammar, ["Enables", "Enables", None], *frames)
    assert "looks at a hayloft, and a man in a burlap mask jumps down from it." in text, text
    # not where another thing was told of there too
    frames[1] = ("look", "look.01", {"Arg0 (looker)": "teenage girl with flashlight", "Arg1 (thing looked at)": "hayloft",
                                     "ArgM (manner)": "with her flashlight", "Scene of the Event": "old barn"})
    frames[2] = ("jump", "jump.03", {"Arg0 (jumper)": "man in burlap mask", "Arg1 (obstacle)": "fence",
                                     "ArgM (direction)": "down from the hayloft", "Scene of the Event": "old barn"})
    text = _related(realiser, grammar, ["Enables", "Enables", None], *frames)
    assert "from the hayloft" in text, text


def test_it_after_a_place_said_last_only_for_one_who_goes_on(realiser, grammar):
    """Judged unclear (round 11, q088): "sits at a small table at a sidewalk café. Then, a
    man with a guitar case approaches it": the café said last could be "it" too, for a new
    doer. One who goes on keeps "it" for what they acted on ("throws clothes into the
    washer in a Laundromat. Then, he closes it", the valid split)."""
    text = _related(realiser, grammar, ["Enables", "Enables", None],
                    ("sit", "sit.01", {"Arg1 (thing sitting)": "woman in beret", "Arg2 (sat upon)": "at a small table",
                                       "Scene of the Event": "sidewalk café"}),
                    ("approach", "approach.01", {"Arg1 (entity approaching)": "man with guitar case",
                                                 "Arg2 (entity approached)": "the table",
                                                 "ArgM (manner)": "hesitantly", "Scene of the Event": "sidewalk café"}),
                    ("meet", "meet.03", {"Arg0 (one party)": "woman in beret", "Arg1 (other party)": "man with guitar case",
                                         "Scene of the Event": "sidewalk café"}))
    assert "hesitantly approaches the table" in text, text
    text = _related(realiser, grammar, ["Enables", None],
                    ("throw", "throw.01", {"Arg0 (thrower)": "man in grey sweatpants", "Arg1 (thing thrown)": "clothes",
                                           "Arg2 (destination)": "into the washer", "Scene of the Event": "laundromat"}),
                    ("close", "close.01", {"Arg0 (closer)": "man in grey sweatpants", "Arg1 (thing closing)": "washer",
                                           "Scene of the Event": "laundromat"}))
    assert "he closes it" in text, text


def test_a_scene_said_is_not_said_again_in_a_compound(realiser, grammar):
    """Judged needless (round 11, q093): "in a ballroom ... across the ballroom floor"; the
    floor of the scene said is "the floor". Where the scene was not said, the compound stays."""
    approach = ("approach", "approach.01", {"Arg1 (entity approaching)": "man in black tuxedo",
                                            "Arg2 (entity approached)": "woman in red gown", "Scene of the Event": "ballroom"})
    dance = ("dance", "dance.01", {"Arg0 (dancer)": "man in black tuxedo", "Arg2 (partner)": "woman in red gown",
                                   "ArgM (location)": "across the ballroom floor"})
    text = _story(realiser, grammar, approach, dance)
    assert "in a ballroom. Finally, he dances with her across the floor." in text, text
    approach[2].pop("Scene of the Event")
    text = _story(realiser, grammar, approach, dance)
    assert "across the ballroom floor" in text, text


def test_a_venue_s_crowd_is_the_crowd(realiser, grammar):
    """Judged wrong (round 11, q114): "Finally, a crowd shouts wildly" in a baseball
    stadium, which implies it. A crowd in a place with none of its own is new, and a
    summary, which says no venue, keeps the filler's article."""
    def told(scene):
        return [make_event("throw", "throw.01", {"Arg0 (thrower)": "pitcher in white uniform", "Arg1 (thing thrown)": "baseball",
                                                 "Scene of the Event": scene}, "Ev1", "NoRel", grammar),
                make_event("catch", "catch.01", {"Arg0 (catcher)": "outfielder", "Arg1 (thing caught)": "baseball",
                                                 "Scene of the Event": scene}, "Ev2", "NoRel", grammar),
                make_event("shout", "shout.01", {"Arg0 (shouter)": "crowd", "ArgM (manner)": "wildly",
                                                 "Scene of the Event": scene}, "Ev3", None, grammar)]
    stadium = realiser.realise_clip(told("baseball stadium"))
    assert "Finally, the crowd shouts wildly." in stadium["natural"], stadium["natural"]
    assert "the crowd" not in realiser.clip_summary(told("baseball stadium"))
    street = realiser.realise_clip(told("street corner"))["natural"]
    assert "Finally, a crowd shouts wildly." in street, street


def test_where_one_fell_is_not_said_again_as_where_one_is_lifted_from(realiser, grammar):
    """Judged needless (round 11, q175): "falls into the snow, and a man ... lifts the
    explorer out of the snow to his feet". Where the event says no other where-to, the
    source is the deed and stays ("pulls the hiker out of the water", the train split)."""
    fall = ("fall", "fall.01", {"Arg1 (thing falling)": "explorer in orange parka", "Arg4 (end point)": "into the snow"})
    lift = {"Arg0 (elevator)": "man with frosted beard", "Arg1 (thing rising)": "explorer in orange parka",
            "Arg3 (start point)": "out of the snow", "Arg4 (end point)": "onto his feet"}
    text = _related(realiser, grammar, ["Causes", None], fall, ("lift", "lift.01", lift))
    assert "lifts the explorer to his feet." in text, text
    lift.pop("Arg4 (end point)")
    text = _related(realiser, grammar, ["Causes", None], fall, ("lift", "lift.01", lift))
    assert "lifts the explorer out of the snow." in text, text


def test_one_described_by_a_calling_s_uniform_is_told_again_by_the_calling(realiser, grammar):
    """Judged needless repetition (round 11, q070): "the man with the shaved head punches
    him in the stomach, which makes the man in the conductor uniform fall"; the reader's
    "the conductor". Not where another the story knows is a conductor."""
    def told(other):
        return _related(realiser, grammar, ["Enables", "Causes", None],
                        ("fight", "fight.01", {"Arg0 (first fighter)": "man in conductor uniform",
                                               "Arg1 (second fighter)": other, "Scene of the Event": "train carriage"}),
                        ("punch", "punch.01", {"Arg0 (agent)": other, "Arg1 (entity punched)": "man in conductor uniform",
                                               "ArgM (manner)": "in the stomach"}),
                        ("fall", "fall.01", {"Arg1 (thing falling)": "man in conductor uniform",
                                             "Arg4 (end point)": "against the seats"}))
    text = told("man with shaved head")
    assert "which makes the conductor fall against the seats" in text, text
    text = told("conductor with shaved head")
    assert "the conductor fall" not in text, text


def test_a_thing_a_purpose_told_of_is_the_one_told_later(realiser, grammar):
    """Judged a broken back-reference (round 11, q125): "... to pay for the car. ...
    Finally, the man slowly drives a black muscle car out of the garage"."""
    text = _related(realiser, grammar, ["Enables", "NoRel", None],
                    ("hand", "hand.01", {"Arg0 (giver)": "man with tattoos", "Arg1 (thing given)": "bag of money",
                                         "Arg2 (given to)": "mechanic in oil-stained overalls",
                                         "ArgM (purpose)": "to pay for the car"}),
                    ("give", "give.01", {"Arg0 (giver)": "mechanic in oil-stained overalls", "Arg1 (thing given)": "car keys",
                                         "Arg2 (entity given to)": "man with tattoos"}),
                    ("drive", "drive.01", {"Arg0 (driver)": "man with tattoos", "Arg1 (vehicle)": "black muscle car",
                                           "ArgM (direction)": "out of the garage"}))
    assert "drives the black muscle car out of the garage" in text, text
    assert "the car keys" in text, text


def test_what_a_known_measure_held_is_known(realiser, grammar):
    """Judged a broken back-reference (round 12, q016): "carries a stack of plates ...
    drops the stack ... picks up broken plates". Plates no measure held are new."""
    def told(first):
        return [make_event("carry", "carry.01", {"Arg0 (carrier)": "waitress", "Arg1 (thing carried)": first},
                           "Ev1", "NoRel", grammar),
                make_event("pick up", "pick_up.04", {"Arg0 (picker)": "cook", "Arg1 (thing picked)": "broken plates"},
                           "Ev2", None, grammar)]
    text = realiser.realise_clip(told("stack of plates"))["natural"]
    assert "picks up the broken plates" in text, text
    text = realiser.realise_clip(told("tray"))["natural"]
    assert "picks up broken plates" in text, text


def test_a_deed_that_undoes_the_one_before_comes_later(realiser, grammar):
    """Round 14 q059: "Then, he closes the machine door. Next, he opens it." read as
    opening it at once; the undoing (WordNet's antonym verbs on the same thing) comes
    "Later,". The last event keeps its "Finally,"; unrelated steps keep "Next,"."""
    man = {"Arg0 (opener)": "man in sweatpants"}
    door = "machine door"
    text = _story(realiser, grammar,
                  ("walk", "walk.01", {"Arg0 (walker)": "man in sweatpants", "ArgM (direction)": "into the room"}),
                  ("close", "close.01", {"Arg0 (closer)": "man in sweatpants", "Arg1 (thing closing)": door}),
                  ("open", "open.01", {**man, "Arg1 (thing opening)": door}),
                  ("pull", "pull.01", {"Arg0 (puller)": "man in sweatpants", "Arg1 (thing pulled)": "pink shirts"}),
                  ("laugh", "laugh.01", {"Arg0 (laugher)": "woman"}))
    assert "Later, he opens it." in text, text
    assert "Next, he opens" not in text, text
    last = _story(realiser, grammar,
                  ("close", "close.01", {"Arg0 (closer)": "man in sweatpants", "Arg1 (thing closing)": door}),
                  ("open", "open.01", {**man, "Arg1 (thing opening)": door}))
    assert "Later," not in last, last


def test_a_thing_is_described_at_its_first_mention(realiser, grammar):
    """Judged not fluent (round14, round18/q135): "removes an old blanket from a chest and
    opens the wooden chest" describes the chest anew at its second mention. The words that
    say what it lastingly is go to its first mention, its noun alone after; a state it may
    come to in the clip ("broken") stays where the annotation says it."""
    text = _story(realiser, grammar,
                  ("remove", "remove.01", {"Arg0 (entity removing)": "girl in red cardigan",
                                           "Arg1 (thing being removed)": "old blanket",
                                           "Arg2 (removed from)": "from a chest"}),
                  ("open", "open.01", {"Arg0 (opener)": "girl in red cardigan", "Arg1 (thing opening)": "wooden chest"}))
    assert "from a wooden chest" in text and "opens the chest" in text and text.count("wooden") == 1, text
    broken = _story(realiser, grammar,
                    ("drop", "drop.01", {"Arg0 (dropper)": "waiter", "Arg1 (thing falling)": "vase"}),
                    ("pick up", "pick.04", {"Arg0 (agent)": "woman", "Arg1 (thing acquired)": "broken vase"}))
    assert "drops a vase" in broken, broken


def test_a_place_the_story_set_is_not_said_again_as_a_location(realiser, grammar):
    """Judged not fluent (round16, round18/q103): "walks along the pier at a harbor ...
    punches him hard on the wooden dock": the place was set by the walk (a dock is a pier,
    _PLACES_ALIKE); a location "on"/"at" a place no one was set on stays."""
    walk = ("walk", "walk.01", {"Arg0 (walker)": "man in black suit", "ArgM (direction)": "along the pier",
                                "Scene of the Event": "harbor at night"})
    text = _story(realiser, grammar, walk,
                  ("punch", "punch.01", {"Arg0 (agent)": "man in black suit", "Arg1 (entity punched)": "man in grey hoodie",
                                         "ArgM (location)": "on the wooden dock"}))
    assert "dock" not in text and "punches a man in a grey hoodie." in text, text
    text = _story(realiser, grammar, walk,
                  ("punch", "punch.01", {"Arg0 (agent)": "man in black suit", "Arg1 (entity punched)": "man in grey hoodie",
                                         "ArgM (location)": "on the boat"}))
    assert "on the boat" in text, text


def test_a_goal_is_said_where_it_is_reached(realiser, grammar):
    """Judged not fluent (round17/q047): "pushes the student to the mat with a twist.
    Finally, the student falls backwards" reads as the fall told twice, out of order; the
    mat said on both was judged redundant (round 8). The goal is said once, on the fall
    of the one pushed; where the next event is someone else's, the push keeps it."""
    push = ("push", "push.01", {"Arg0 (pusher)": "instructor in black gi", "Arg1 (thing pushed)": "student in white gi",
                                "Arg2 (direction, destination)": "to the mat", "ArgM (manner)": "with a twist"})
    text = _story(realiser, grammar, push,
                  ("fall", "fall.01", {"Arg1 (Logical subject, patient, thing falling)": "student in white gi",
                                       "Arg4 (end point, end state of arg1)": "onto the mat",
                                       "ArgM (direction)": "backwards"}))
    assert "pushes a student in a white gi with a twist" in text and text.count("mat") == 1, text
    assert "falls backwards onto the mat" in text, text
    other = _story(realiser, grammar, push,
                   ("bow", "bow.01", {"Arg0 (bower)": "instructor in black gi"}))
    assert "to the mat" in other, other


def test_a_reaction_after_bystanders_names_what_was_seen(realiser, grammar):
    """Judged not fluent (round18/q154): "After that, customers in booths look at her in
    surprise. Seeing this, a cook ... picks up the broken plates from the floor": "this"
    is the looks, and the floor was said where the plates fell. What was seen is named by
    its content; after the anchor's own people went on, "this" stays (their exchange)."""
    carry = ("carry", "carry.01", {"Arg0 (carrier)": "waitress with ponytail", "Arg1 (thing carried)": "stack of plates",
                                   "Scene of the Event": "diner"})
    walk = ("walk", "walk.01", {"Arg0 (walker)": "waitress with ponytail", "ArgM (direction)": "between the tables"})
    drop = ("drop", "drop.01", {"Arg0 (entity doing the dropping)": "waitress with ponytail",
                                "Arg1 (Logical subject, patient, thing falling)": "stack of plates",
                                "Arg4 (end point, end state of arg1)": "on the floor"})
    pick = ("pick up", "pick.04", {"Arg0 (agent, entity acquiring something)": "cook in white cap",
                                   "Arg1 (thing acquired)": "broken plates", "ArgM (direction)": "from the floor"})
    look = ("look", "look.01", {"Arg0 (looker)": "customers in booths",
                                "Arg1 (thing looked at or for or on)": "waitress with ponytail",
                                "ArgM (manner)": "in surprise"})
    text = _related(realiser, grammar, ["Causes", "Causes", None, "Reaction To", "Reaction To"],
                    carry, walk, drop, look, pick)
    assert "Seeing the waitress drop the stack, a cook in a white cap" in text, text
    assert "Seeing this" not in text and text.count("floor") == 1, text
    # the one she dropped it on goes on: "this" is what the two do
    sweep = ("sweep", "sweep.01", {"Arg0 (sweeper)": "waitress with ponytail", "Arg1 (thing swept)": "broken plates"})
    text = _related(realiser, grammar, ["Causes", "Causes", None, "Reaction To", "Reaction To"],
                    carry, walk, drop, sweep, pick)
    assert "Seeing the waitress" not in text, text


def test_one_of_unknown_gender_goes_on_in_the_same_sentence(realiser, grammar):
    """Judged not fluent (round17/q158, round18/q161, and "the nurse", "the engineer"
    before): "Then, the guard listens to footsteps and turns around quickly. After that,
    the guard chases a thief ...": one whose gender the clip does not say, doing more
    things in a row, is said once; the sentence goes on with a list of three deeds at most
    (four judged a run-on, round19/q144). Another doer in between starts a sentence of its
    own."""
    guard = "security guard with flashlight"
    frames = (("walk", "walk.01", {"Arg0 (walker)": guard, "ArgM (direction)": "through the gallery"}),
              ("listen", "listen.01", {"Arg0 (listener)": guard, "Arg1 (sound or speaker)": "footsteps"}),
              ("turn", "turn.01", {"Arg0 (turner)": guard, "ArgM (direction)": "around"}),
              ("chase", "chase.01", {"Arg0 (follower)": guard, "Arg1 (thing followed)": "thief in black catsuit"}),
              ("catch up", "catch.04", {"Arg1 (entity in motion)": guard, "Arg2 (goal)": "thief in black catsuit"}))
    text = _related(realiser, grammar, ["Enables", "Causes", None, "Reaction To", "NoRel"], *frames)
    assert "listens to footsteps, turns around and chases a thief in a black catsuit. Finally, the guard catches up" \
        in text, text
    assert text.count("the guard") == 2, text
    other = _related(realiser, grammar, ["Enables", "Causes", None, "Reaction To", "NoRel"], *frames[:3],
                     ("run", "run.02", {"Arg0 (runner)": "thief in black catsuit"}), frames[3])
    assert ", then" not in other, other


def test_one_told_bare_and_later_described_by_a_phrase_is_described_first(realiser, grammar):
    """Judged not fluent (round19/q043): "kneels before a queen. Seeing this, the queen in
    a golden crown stands up", a description added at a later mention as if picking out
    one of several queens. What one wears or has is said at the first mention, the later
    ones short."""
    knight, queen = "knight in silver armor", "queen in golden crown"
    text = _related(realiser, grammar, ["Enables", "Enables", None, "Reaction To", "Reaction To"],
                    ("enter", "enter.01", {"Arg0 (entity entering)": knight, "Arg1 (place entered)": "throne room"}),
                    ("remove", "remove.01", {"Arg0 (remover)": knight, "Arg1 (thing being removed)": "his helmet"}),
                    ("kneel", "kneel.01", {"Arg0 (kneeler)": knight, "ArgM (location)": "before the queen"}),
                    ("stand up", "stand.01", {"Arg1 (thing standing)": queen, "ArgM (manner)": "gracefully"}),
                    ("touch", "touch.01", {"Arg0 (toucher)": queen, "Arg1 (thing touched)": "knight's shoulder",
                                           "Arg2 (instrument)": "with a sword"}))
    assert "kneels before a queen in a golden crown." in text, text
    assert text.count("golden crown") == 1, text


def test_one_placed_by_whose_they_are_is_the_at_a_later_mention(realiser, grammar):
    """Judged not fluent (round19/q121): "his friend in a Hawaiian shirt enters the room,
    laughing. Finally, his friend sheepishly gives ..." repeats the owner; a person told
    again short is "the friend". A thing keeps its owner."""
    man, friend = "man in wrinkled tuxedo", "his friend in hawaiian shirt"
    text = _story(realiser, grammar,
                  ("sit up", "sit.02", {"Arg1 (sitter)": man}),
                  ("enter", "enter.01", {"Arg0 (entity entering)": friend, "Arg1 (place entered)": "the room"}),
                  ("look", "look.01", {"Arg0 (looker)": man, "Arg1 (thing looked at or for or on)": "the window"}),
                  ("give", "give.01", {"Arg0 (giver)": friend, "Arg1 (thing given)": "wallet", "Arg2 (entity given to)": man}))
    assert "his friend in a Hawaiian shirt enters the room" in text and "the friend gives" in text, text
    assert text.count("his friend") == 1, text


def test_one_of_unknown_gender_does_three_deeds_to_a_sentence_at_most(realiser, grammar):
    """Judged not fluent (round19/q144): "Then, the engineer quickly turns on the main
    screen and stares at it in disbelief, then slowly turns towards a woman in a lab coat
    and tells her urgently that the signal is back": four deeds, "Then ... then". A third
    deed makes a list ("A, B and C"); a fourth starts a sentence of its own."""
    engineer = "engineer with glasses"
    text = _related(realiser, grammar, ["Enables", "Enables", None, "Reaction To", "Reaction To"],
                    ("sit", "sit.01", {"Arg1 (sitter)": engineer, "Arg2 (location)": "at the console"}),
                    ("turn on", "turn.12", {"Arg0 (turner on)": engineer, "Arg1 (thing turned on)": "the main screen"}),
                    ("stare", "stare.01", {"Arg0 (starer)": engineer, "Arg1 (stared at)": "the main screen"}),
                    ("turn", "turn.01", {"Arg0 (turner)": engineer, "ArgM (direction)": "towards woman in lab coat"}),
                    ("tell", "tell.01", {"Arg0 (speaker)": engineer, "Arg1 (utterance)": "the signal is back",
                                         "Arg2 (hearer)": "woman in lab coat"}))
    assert "turns on the main screen, stares at " in text, text
    assert " and turns towards a woman in a lab coat. Finally, the engineer tells her" in text, text
    assert ", then" not in text, text


def test_one_of_two_sentences_back_is_he_or_she_where_no_one_since_could_be(realiser, grammar):
    """A person told of two sentences back is he or she again where nobody told of since
    could be called so ("the man" there tells a story told out of order from the true one,
    issue 14); not where another of that pronoun came between, and never "they" (a group
    may take in everyone told of since: test_a_counted_group_told_again_keeps_its_number),
    nor past a group of people, who may hold a he or a she ("the parents watch them")."""
    approach = ("approach", "approach.01", {"Arg0 (approacher)": "man with guitar case",
                                            "Arg1 (approached)": "woman in beret"})
    sit = ("sit", "sit.01", {"Arg1 (sitter)": "man with guitar case", "ArgM (location)": "at the table"})
    text = _story(realiser, grammar, approach, ("laugh", "laugh.01", {"Arg0 (laugher)": "woman in beret"}), sit)
    assert "Finally, he sits" in text, text
    text = _story(realiser, grammar, approach, ("laugh", "laugh.01", {"Arg0 (laugher)": "old waiter"}), sit)
    assert "Finally, the man" in text, text
    text = _story(realiser, grammar, approach, ("watch", "watch.01", {"Arg0 (watcher)": "parents",
                                                                      "Arg1 (thing watched)": "woman in beret"}), sit)
    assert "Finally, the man" in text, text
