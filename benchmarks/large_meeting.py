"""A large fictional Core Group for benchmarks: every name and event here is made up.

30 network members (mixed attendance), 6 danger statements of realistic length, a score from every
person present on every scale, 150 actions and 3 decisions with votes. The data is generated from a
fixed seed, so every run and every benchmark sees the same meeting.
"""

from __future__ import annotations

import datetime as dt
import random

from chair_app.core.domain import (
    Action,
    ActionStatus,
    AttendanceEntry,
    AttendanceStatus,
    Child,
    CPCategory,
    DangerStatement,
    Decision,
    Family,
    Meeting,
    MeetingStatus,
    MeetingType,
    NextMeeting,
    Person,
    PlanType,
    Score,
    ThreeColumns,
    Vote,
    VoteChoice,
)

_FIRST_NAMES = (
    "Arlo", "Beca", "Cai", "Delyth", "Esme", "Fionn", "Gwen", "Hari", "Ifan", "Jude",
    "Kezia", "Lowri", "Macsen", "Nia", "Orla", "Pryderi", "Quinn", "Rhys", "Siân", "Tegan",
    "Umar", "Vita", "Wren", "Xander", "Yusra", "Zeb", "Anwen", "Bodhi", "Cerys", "Dafydd",
)
_SURNAMES = (
    "Marlowe", "Penhallow", "Ashdown", "Brightwell", "Castellan", "Dunmore", "Elverson",
    "Fairbairn", "Glasspool", "Hollins", "Ingleby", "Jessop", "Kettering", "Lamplugh",
    "Merriweather", "Nettleship", "Ottaway", "Pengelly", "Quartermain", "Rowntree",
    "Sallow", "Tregarthen", "Underhay", "Vowles", "Wetherall", "Yeoman", "Zennor",
    "Abercrombie", "Blackmore", "Coldwell",
)
_FAMILY_ROLES = (
    ("Mother", ""), ("Father", ""), ("Maternal grandmother", ""), ("Paternal uncle", ""),
    ("Family friend", ""), ("Neighbour", ""), ("Advocate", "Parents' Advocacy Service"),
)
_PROFESSIONAL_ROLES = (
    ("Social worker", "Children's Social Care"),
    ("Team manager", "Children's Social Care"),
    ("Health visitor", "Community Health"),
    ("School nurse", "Community Health"),
    ("GP", "Riverside Surgery"),
    ("Class teacher", "Marsh Lane Primary"),
    ("Designated safeguarding lead", "Marsh Lane Primary"),
    ("Nursery key worker", "Little Acorns Nursery"),
    ("Police officer", "Police Public Protection Unit"),
    ("Housing officer", "Housing Services"),
    ("Drug and alcohol worker", "Recovery Partnership"),
    ("Domestic abuse advocate", "Safe Haven Service"),
    ("Family support worker", "Early Help"),
    ("Probation officer", "Probation Service"),
    ("Paediatrician", "Children's Hospital"),
    ("Mental health nurse", "Adult Mental Health Team"),
    ("Youth worker", "Youth Service"),
    ("Speech and language therapist", "Community Health"),
    ("Educational psychologist", "Education Services"),
    ("Independent reviewing officer", "Safeguarding Unit"),
    ("Early years practitioner", "Family Hub"),
    ("Attendance officer", "Education Services"),
    ("Dental nurse", "Community Dental Service"),
)

_STATEMENTS = (
    (
        "Children's Social Care, the school and the health visitor are worried that if the "
        "children's mother and father keep arguing loudly and pushing each other when they "
        "have been drinking, Kit and Juno could be hurt by something thrown or by getting in "
        "the way, and could grow up feeling frightened in their own home and believing that "
        "shouting and hitting are how grown-ups sort out problems.",
        "Everyone, including Kit and Juno, will know that for the next six months the adults "
        "in the house have sorted out every disagreement without shouting, pushing or throwing "
        "things, and that a safe adult from the network has checked in with the children "
        "after any evening when drink was taken.",
    ),
    (
        "The nursery and the health visitor are worried that Juno is often brought in hungry, "
        "in the same clothes for several days and with nappy rash that has not been treated, "
        "and that if this carries on she will become unwell, will not grow as she should and "
        "will learn that grown-ups do not notice what she needs.",
        "Juno will be brought to nursery fed, clean and in fresh clothes every day, her weight "
        "will be on her centile line at every health visitor check, and the family will have "
        "a written plan, agreed with the network, for the days when money runs out.",
    ),
    (
        "The school is worried that Kit has missed forty-one sessions this term and often "
        "arrives after ten o'clock, and that if this continues he will fall further behind "
        "with his reading, lose his friendships and be alone at home with nobody keeping an "
        "eye on him while his parents are asleep.",
        "Kit will be in school on time every day for the next term, with a named adult from "
        "the network who will walk him to school if his parents cannot, and the school will "
        "tell the social worker the same day if he is not there by nine.",
    ),
    (
        "Police and Children's Social Care are worried that a man the children call Uncle Dee, "
        "who has a conviction for harming a child, has been seen leaving the house late at "
        "night, and that if he has contact with the children when no safe adult is there they "
        "could be seriously harmed.",
        "Uncle Dee will have no contact with Kit and Juno, the children's mother will tell the "
        "social worker straight away if he comes to the house, and the network will agree who "
        "she can call for help at any hour.",
    ),
    (
        "The housing officer and the health visitor are worried that the damp and mould in "
        "the children's bedroom, the broken back door and the exposed wiring on the landing "
        "mean Juno's asthma keeps getting worse and either child could be badly hurt.",
        "The children will sleep in a dry room, the back door will lock, the wiring will be "
        "made safe within four weeks, and Juno will need no emergency asthma treatment over the "
        "next six months.",
    ),
    (
        "The mental health nurse and the GP are worried that when the children's mother is "
        "very low she stays in bed for days, and that if nobody else steps in the children "
        "are not fed, not taken to school and not kept safe.",
        "When the children's mother is very low, another safe adult from the network will "
        "move in or take the children to stay, and the mental health nurse will see her within "
        "two working days of anyone raising a concern.",
    ),
)

_ACTION_VERBS = (
    "Visit the family at home and see both children on their own",
    "Make a referral to the food bank and check the parcel was collected",
    "Arrange a joint home visit with the housing officer to look at the damp and the wiring",
    "Share the attendance figures for the last four weeks with the network",
    "Weigh and measure Juno and plot her growth on her red book chart",
    "Offer the parents a place on the next Safer Relationships course",
    "Ask the landlord in writing for a date to repair the back door",
    "Book a review appointment for Juno's asthma and check the inhaler technique",
    "Walk Kit to school on the days agreed in the safety plan",
    "Speak to Kit about his worries using the three houses tool and share his words",
    "Complete the benefits check and help the family apply for the cost of living payment",
    "Update the safety plan with the names and numbers of the safe adults",
    "Check with the police whether Uncle Dee has been seen at the address again",
    "Arrange a family network meeting before the next Core Group",
    "Give the school a copy of the updated safety plan",
)

_REASONS = (
    "Things have been calmer at home since the last meeting.",
    "Attendance is still poor and I have not seen the children this month.",
    "The food parcels are helping but the fridge was nearly empty again on Tuesday.",
    "Mum has been engaging with every appointment, which is a big change.",
    "We still do not know whether Uncle Dee has been visiting.",
    "The damp has not been treated and Juno was wheezy again at nursery.",
    "",
    "",
)


def large_family_and_meeting(
    people_count: int = 30, action_count: int = 150
) -> tuple[Family, Meeting]:
    """A large fictional family network and one closed Core Group meeting of theirs.

    Returns:
        The family (30 people by default, 2 children) and the meeting with 6 danger statements,
        scores from every person present on all 7 scales, 150 actions by default and 3
        decisions with votes.
    """
    rng = random.Random(20261123)
    people: list[Person] = []
    for index in range(people_count):
        first = _FIRST_NAMES[index % len(_FIRST_NAMES)]
        name = f"{first} {_SURNAMES[(index + 7 * (index // len(_SURNAMES))) % len(_SURNAMES)]}"
        if index < len(_FAMILY_ROLES):
            role, agency = _FAMILY_ROLES[index]
            professional = False
        else:
            roles = _PROFESSIONAL_ROLES
            role, agency = roles[(index - len(_FAMILY_ROLES)) % len(roles)]
            professional = True
        people.append(Person(index + 1, name, role, agency, professional,
                             phone=f"01632 96{index:04d}", email=f"person{index + 1}@example.org"))
    family = Family(
        id=1,
        name="Marlowe-Penhallow family",
        children=(
            Child(1, "Kit Marlowe", dt.date(2017, 3, 14), PlanType.CHILD_PROTECTION,
                  (CPCategory.NEGLECT, CPCategory.EMOTIONAL)),
            Child(2, "Juno Marlowe", dt.date(2023, 8, 30), PlanType.CHILD_PROTECTION,
                  (CPCategory.NEGLECT,)),
        ),
        people=tuple(people),
    )

    # Mostly present, with every other kind of attendance represented at least once.
    statuses = [AttendanceStatus.PRESENT] * people_count
    statuses[1] = AttendanceStatus.APOLOGIES
    statuses[4] = AttendanceStatus.DID_NOT_ATTEND
    statuses[12] = AttendanceStatus.WRITTEN_REPORT
    statuses[19] = AttendanceStatus.WRITTEN_REPORT
    statuses[23] = AttendanceStatus.REPRESENTED
    statuses[27] = AttendanceStatus.APOLOGIES
    attendance = tuple(
        AttendanceEntry(
            person.id,
            status,
            report_text=(
                f"Report from {person.name}: I have seen the children four times since the last "
                "meeting. Kit was chatty and proud of his reading certificate; Juno was tired and "
                "her nappy had not been changed for some time on two of the visits.\n"
                "I would like the network to talk about who can help on Monday mornings."
                if status is AttendanceStatus.WRITTEN_REPORT
                else ""
            ),
            represented_by="Alex Cardew (deputy)" if status is AttendanceStatus.REPRESENTED else "",
        )
        for person, status in zip(people, statuses, strict=True)
    )
    present = [p for p, s in zip(people, statuses, strict=True) if s is AttendanceStatus.PRESENT]

    statements = tuple(
        DangerStatement(100 + index, index + 1, statement, goal)
        for index, (statement, goal) in enumerate(_STATEMENTS)
    )
    scales: list[int | None] = [None] + [s.id for s in statements]
    scores = tuple(
        Score(person.id, scale, rng.randint(2, 8), rng.choice(_REASONS))
        for scale in scales
        for person in present
    )

    owners = [p.id for p in people]
    start = dt.date(2026, 11, 23)
    actions = tuple(
        Action(
            1000 + index,
            f"{_ACTION_VERBS[index % len(_ACTION_VERBS)]} (action {index + 1})",
            rng.choice(owners),
            start + dt.timedelta(days=rng.randint(3, 90)),
            rng.choice([None, *[s.id for s in statements]]),
            rng.choice(list(ActionStatus)),
        )
        for index in range(action_count)
    )

    voters = [p for p in present if p.is_professional]
    questions = (
        "Should the children remain subject to child protection plans under the category of "
        "neglect?",
        "Should the network ask for a legal planning meeting to consider the pre-proceedings "
        "process?",
        "Should the next Core Group be brought forward to two weeks' time?",
    )
    decisions = []
    for index, question in enumerate(questions):
        votes = []
        for voter in voters:
            choice = rng.choice((VoteChoice.FOR, VoteChoice.FOR, VoteChoice.AGAINST,
                                 VoteChoice.ABSTAIN))
            reason = ""
            if choice is VoteChoice.AGAINST:
                reason = ("I think the progress since the last meeting is real and a further "
                          "month would show whether it lasts.")
            elif choice is VoteChoice.FOR and rng.random() < 0.3:
                reason = "The worries about food and school have not changed."
            votes.append(Vote(voter.id, choice, reason))
        decisions.append(Decision(500 + index, index + 1, question, tuple(votes)))

    columns = ThreeColumns(
        worries="\n".join(s for s, _ in _STATEMENTS[:3]),
        working_well=(
            "Mum has come to every appointment since the last Core Group.\n"
            "Kit's reading has improved and he is proud of his certificate.\n"
            "Grandma Anwen has the children every Saturday and they love it."
        ),
        needs_to_happen=(
            "The repairs to the house must be done.\nThe network must agree who helps on "
            "Monday mornings.\nUncle Dee must not come to the house."
        ),
    )
    meeting = Meeting(
        id=1,
        family_id=family.id,
        meeting_type=MeetingType.CORE_GROUP,
        date=start,
        start_time=dt.time(13, 30),
        venue="Marsh Lane Family Hub, Room 2",
        chair_id=people[7].id,
        minute_taker_id=people[8].id,
        status=MeetingStatus.CLOSED,
        attendance=attendance,
        statements=statements,
        scores=scores,
        columns=columns,
        actions=actions,
        decisions=tuple(decisions),
        next_meeting=NextMeeting(dt.date(2026, 12, 21), dt.time(13, 30), "Marsh Lane Family Hub"),
    )
    return family, meeting


def store_large_meeting(
    factory: object,
    people_count: int = 60,
    action_count: int = 1000,
    *,
    carried: int = 200,
    with_updates: bool = True,
) -> int:
    """Write a large fictional meeting, in progress, into an empty database in one transaction
    (bulk rows, not one service call per item, so it takes well under a second), and return
    its id. The family's earlier, closed Core Group holds the first 200 actions, which this
    meeting carries (for the review of the plan); every person present has an update, and
    every child's views are recorded. ``factory`` is a session factory (models.db).
    ``carried=0, with_updates=False`` store the meeting of large_family_and_meeting as it is:
    nothing carried, no updates or children's views."""
    from chair_app.models.orm import (
        ActionRow,
        AttendanceRow,
        ChildRow,
        ChildViewsRow,
        ContingencyPartRow,
        DangerStatementRow,
        DecisionRow,
        FamilyRow,
        MeetingRow,
        PersonRow,
        ScoreRow,
        UpdateRow,
        VoteRow,
    )

    family, meeting = large_family_and_meeting(people_count, action_count)
    carried = min(carried, action_count)
    with factory.begin() as session:  # type: ignore[attr-defined]
        session.add(FamilyRow(id=family.id, name=family.name))
        session.flush()
        session.add_all(
            ChildRow(id=c.id, family_id=family.id, name=c.name, date_of_birth=c.date_of_birth,
                     plan=c.plan.value, categories=",".join(x.value for x in c.categories))
            for c in family.children
        )
        session.add_all(
            PersonRow(id=p.id, family_id=family.id, position=p.id, name=p.name, role=p.role,
                      agency=p.agency, is_professional=p.is_professional, phone=p.phone,
                      email=p.email)
            for p in family.people
        )
        session.flush()
        earlier_id, meeting_id = 1, 2
        for row_id, day, status in (
            (earlier_id, meeting.date - dt.timedelta(days=42), MeetingStatus.CLOSED),
            (meeting_id, meeting.date, MeetingStatus.IN_PROGRESS),
        ):
            session.add(MeetingRow(
                id=row_id, family_id=family.id, meeting_type=meeting.meeting_type.value,
                date=day, start_time=meeting.start_time, venue=meeting.venue,
                chair_id=meeting.chair_id, minute_taker_id=meeting.minute_taker_id,
                status=status.value, worries=meeting.columns.worries,
                working_well=meeting.columns.working_well,
                needs_to_happen=meeting.columns.needs_to_happen,
                reasons="Kit and Juno's plan is reviewed; the network has grown since last time.",
                contingency="If the plan fails, the social worker calls a strategy meeting.",
                chair_summary="", next_venue=meeting.next_meeting.venue,
            ))
        session.flush()
        session.add_all(
            ActionRow(id=10_000 + a.id, meeting_id=earlier_id, what=a.what, owner_id=a.owner_id,
                      due_date=a.due_date, status=ActionStatus.OPEN.value)
            for a in meeting.actions[:carried]
        )
        session.add_all(
            DangerStatementRow(id=s.id, meeting_id=meeting_id, position=s.position,
                               statement=s.statement, safety_goal=s.safety_goal, lineage_id=s.id)
            for s in meeting.statements
        )
        session.flush()
        session.add_all(
            AttendanceRow(meeting_id=meeting_id, person_id=e.person_id, status=e.status.value,
                          report_text=e.report_text, represented_by=e.represented_by)
            for e in meeting.attendance
        )
        session.add_all(
            ScoreRow(meeting_id=meeting_id, person_id=s.person_id, statement_id=s.statement_id,
                     value=s.value, reason=s.reason)
            for s in meeting.scores
        )
        session.add_all(
            ActionRow(id=a.id, meeting_id=meeting_id, what=a.what, owner_id=a.owner_id,
                      due_date=a.due_date, goal_statement_id=a.goal_statement_id,
                      status=ActionStatus.OPEN.value if index < carried else a.status.value,
                      carried_from_id=10_000 + a.id if index < carried else None)
            for index, a in enumerate(meeting.actions)
        )
        for d in meeting.decisions:
            session.add(DecisionRow(id=d.id, meeting_id=meeting_id, position=d.position,
                                    question=d.question))
            session.flush()
            session.add_all(
                VoteRow(decision_id=d.id, person_id=v.person_id, choice=v.choice.value,
                        reason=v.reason)
                for v in d.votes
            )
        present = [e.person_id for e in meeting.attendance
                   if e.status is AttendanceStatus.PRESENT]
        session.add_all(
            UpdateRow(meeting_id=meeting_id, person_id=person_id,
                      text="Since the last meeting I have visited twice; things are calmer.")
            for person_id in (present if with_updates else ())
        )
        session.add_all(
            ChildViewsRow(meeting_id=meeting_id, child_id=c.id, views="Likes school.",
                          how_gathered="Talked with them at home")
            for c in (family.children if with_updates else ())
        )
        session.add(ContingencyPartRow(meeting_id=meeting_id, position=1,
                                       text="Grandma Anwen has the children."))
    return meeting_id


# Arabic-script texts for the variant with a third of its text in Arabic (fictional people).
_ARABIC_NAMES = (
    "فاطمة الزهراء", "محمد علي", "عائشة بي بي", "عمر حسن", "زينب خان", "يوسف أحمد",
    "مريم صديقي", "إبراهيم رحمن", "نور الهدى", "حمزة شاه",
)
_ARABIC_REASONS = (
    "الأمور أهدأ في البيت منذ الاجتماع الأخير.",
    "الحضور إلى المدرسة ما زال ضعيفاً ولم أرَ الأطفال هذا الشهر.",
    "طرود الطعام تساعد لكن الثلاجة كانت شبه فارغة مرة أخرى يوم الثلاثاء.",
    "الأم تحضر كل المواعيد، وهذا تغيير كبير.",
)
_ARABIC_ACTION = (
    "تتصل الأخصائية الاجتماعية بالمدرسة كل يوم اثنين لتتأكد من حضور الأطفال وتخبر الشبكة "
    "(الإجراء {number})"
)
_ARABIC_STATEMENT = (
    "تشعر الخدمات الاجتماعية والمدرسة والزائرة الصحية بالقلق من أن الأم والأب إذا استمرا في "
    "الشجار بصوت عال ودفع بعضهما البعض عندما يكون الأطفال في البيت، فقد يتأذى الأطفال أو "
    "يشعرون بالخوف الشديد، وقد يتوقفون عن الذهاب إلى المدرسة والحضانة. "
) * 2
_ARABIC_GOAL = (
    "تريد الشبكة أن يعيش الأطفال في بيت هادئ يشعرون فيه بالأمان، وأن يذهبوا إلى المدرسة كل يوم، "
    "وأن يعرف الجميع من يساعد الأسرة صباح كل يوم اثنين."
)


def arabic_third(family: Family, meeting: Meeting) -> tuple[Family, Meeting]:
    """The same family and meeting with about a third of the text in Arabic script: every third
    person's name, score reason, action and vote reason, and a third of the danger statements
    (for the benchmark of shaping and the bidirectional algorithm)."""
    from dataclasses import replace

    people = tuple(
        replace(person, name=_ARABIC_NAMES[index // 3 % len(_ARABIC_NAMES)])
        if index % 3 == 0 else person
        for index, person in enumerate(family.people)
    )
    scores = tuple(
        replace(score, reason=_ARABIC_REASONS[index // 3 % len(_ARABIC_REASONS)])
        if index % 3 == 0 and score.reason else score
        for index, score in enumerate(meeting.scores)
    )
    actions = tuple(
        replace(action, what=_ARABIC_ACTION.format(number=index + 1))
        if index % 3 == 0 else action
        for index, action in enumerate(meeting.actions)
    )
    statements = tuple(
        replace(statement, statement=_ARABIC_STATEMENT, safety_goal=_ARABIC_GOAL)
        if index % 3 == 0 else statement
        for index, statement in enumerate(meeting.statements)
    )
    decisions = tuple(
        replace(decision, votes=tuple(
            replace(vote, reason=_ARABIC_REASONS[index % len(_ARABIC_REASONS)])
            if index % 3 == 0 and vote.reason else vote
            for index, vote in enumerate(decision.votes)
        ))
        for decision in meeting.decisions
    )
    return (
        replace(family, people=people),
        replace(meeting, scores=scores, actions=actions, statements=statements,
                decisions=decisions),
    )
