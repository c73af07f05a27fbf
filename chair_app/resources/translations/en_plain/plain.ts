<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>PlainWords</name>
    <message>
        <source>back_button</source>
        <translation>◀ Go back</translation>
    </message>
    <message>
        <source>next_button</source>
        <translation>Next step ▶</translation>
    </message>
    <message>
        <source>start_meeting_button</source>
        <translation>Start the meeting</translation>
    </message>
    <message>
        <source>edit_details_button</source>
        <translation>Change the date or place…</translation>
    </message>
    <message>
        <source>not_held_button</source>
        <translation>It did not happen…</translation>
    </message>
    <message>
        <source>back_to_family_button</source>
        <translation>Back to the family</translation>
    </message>
    <message>
        <source>add_action_button</source>
        <translation>&amp;Add a job</translation>
    </message>
    <message>
        <source>remove_action_button</source>
        <translation>Take this job off</translation>
    </message>
    <message>
        <source>add_decision_button</source>
        <translation>&amp;Add a choice to make</translation>
    </message>
    <message>
        <source>remove_decision_button</source>
        <translation>Take this choice off</translation>
    </message>
    <message>
        <source>add_statement_button</source>
        <translation>&amp;Add a worry</translation>
    </message>
    <message>
        <source>remove_statement_button</source>
        <translation>Take this worry off</translation>
    </message>
    <message>
        <source>add_exclusion_button</source>
        <translation>Note that someone was asked to leave…</translation>
    </message>
    <message>
        <source>remove_exclusion_button</source>
        <translation>Take it off</translation>
    </message>
    <message>
        <source>use_latest_date_button</source>
        <translation>Use the last day we can meet</translation>
    </message>
    <message>
        <source>save_invite_button</source>
        <translation>Save a diary invite…</translation>
    </message>
    <message>
        <source>early_review_box</source>
        <translation>We want the review meeting to be sooner</translation>
    </message>
    <message>
        <source>close_meeting_button</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <source>export_minutes_button</source>
        <translation>Save the notes (Word and PDF)</translation>
    </message>
    <message>
        <source>agree_button</source>
        <translation>Everyone agrees these notes…</translation>
    </message>
    <message>
        <source>add_addendum_button</source>
        <translation>Add a note after they were agreed…</translation>
    </message>
    <message>
        <source>export_copy_button</source>
        <translation>Save a copy for one person…</translation>
    </message>
    <message>
        <source>correct_wording_button</source>
        <translation>Change the words…</translation>
    </message>
    <message>
        <source>correct_fact_button</source>
        <translation>Put a fact right…</translation>
    </message>
    <message>
        <source>record_sent_button</source>
        <translation>Say who got a copy…</translation>
    </message>
    <message>
        <source>add_comment_button</source>
        <translation>Add what someone said about the notes…</translation>
    </message>
    <message>
        <source>accept_comment_button</source>
        <translation>Yes, change the notes…</translation>
    </message>
    <message>
        <source>decline_comment_button</source>
        <translation>No, keep the notes…</translation>
    </message>
    <message>
        <source>preview_copy_button</source>
        <translation>Look at one person's copy first…</translation>
    </message>
    <message>
        <source>scale_meaning_label</source>
        <translation>0 means the children are not safe at home, or a judge may be asked to decide.
10 means everyone agrees the children are safe, so the plan can stop.</translation>
    </message>
    <message>
        <source>scaling_nobody_label</source>
        <translation>Nobody is marked as here yet. Go back to step 1 and say who came. Only people who are here give a number.</translation>
    </message>
    <message>
        <source>scale_person_heading</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>scale_score_heading</source>
        <translation>Number (0 to 10)</translation>
    </message>
    <message>
        <source>scale_reason_heading</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Why? What would make it one higher?</translation>
    </message>
    <message>
        <source>statement_heading</source>
        <translation>Worry {n}</translation>
    </message>
    <message>
        <source>goal_heading</source>
        <translation>Goal {n}: what safe looks like</translation>
    </message>
    <message>
        <source>statement_children_title</source>
        <translation>Who is it about?</translation>
    </message>
    <message>
        <source>statement_edit</source>
        <translation>Who is worried? What are they worried about? What could happen to the child if nothing changes?</translation>
    </message>
    <message>
        <source>safety_goal_edit</source>
        <translation>What will the adults do? What will the child see and feel? For how long, so that we all feel the child is safe?</translation>
    </message>
    <message>
        <source>statements_empty_label</source>
        <translation>No worries are written down yet. Press Add a worry to write one.</translation>
    </message>
    <message>
        <source>worries_heading</source>
        <translation>What worries us?</translation>
    </message>
    <message>
        <source>working_well_heading</source>
        <translation>What is going well?</translation>
    </message>
    <message>
        <source>needs_to_happen_heading</source>
        <translation>What has to happen next?</translation>
    </message>
    <message>
        <source>worries_edit</source>
        <translation>What went wrong before, what could go wrong, and what makes it hard.</translation>
    </message>
    <message>
        <source>working_well_edit</source>
        <translation>What is good, and how people have kept the child safe so far.</translation>
    </message>
    <message>
        <source>needs_to_happen_edit</source>
        <translation>The next steps to keep the child safe.</translation>
    </message>
    <message>
        <source>reasons_edit</source>
        <translation>Why we are meeting, what has worried people, and what has changed.</translation>
    </message>
    <message>
        <source>contingency_edit</source>
        <translation>What will happen if the plan does not work, or if things change.</translation>
    </message>
    <message>
        <source>child_views_edit</source>
        <translation>What {name} told us, in their own words if we can.</translation>
    </message>
    <message>
        <source>how_gathered_label</source>
        <translation>How we found out</translation>
    </message>
    <message>
        <source>child_views_empty_label</source>
        <translation>No children are written down for this family. Add them on the family page.</translation>
    </message>
    <message>
        <source>updates_hint_label</source>
        <translation>Family and friends speak first. Then each worker says what is going well, what is a worry, and what is new.</translation>
    </message>
    <message>
        <source>updates_empty_label</source>
        <translation>Nobody is marked as here yet. Go back to step 1 and say who came.</translation>
    </message>
    <message>
        <source>update_edit</source>
        <translation>What they told us.</translation>
    </message>
    <message>
        <source>action_what_label</source>
        <translation>What job</translation>
    </message>
    <message>
        <source>action_owner_label</source>
        <translation>Who will do it</translation>
    </message>
    <message>
        <source>action_joint_label</source>
        <translation>Who else will help</translation>
    </message>
    <message>
        <source>action_owner_other_edit</source>
        <translation>Their name, and who they are to the family</translation>
    </message>
    <message>
        <source>children_present_label</source>
        <translation>Children who came:</translation>
    </message>
    <message>
        <source>absence_reason</source>
        <translation>Why could they not come?</translation>
    </message>
    <message>
        <source>action_goal_label</source>
        <translation>Which goal it helps</translation>
    </message>
    <message>
        <source>action_for_label</source>
        <translation>For which child</translation>
    </message>
    <message>
        <source>action_status_label</source>
        <translation>How it is going</translation>
    </message>
    <message>
        <source>actions_empty_label</source>
        <translation>No jobs yet. Press Add a job to agree one.</translation>
    </message>
    <message>
        <source>question_heading</source>
        <translation>What we need to choose</translation>
    </message>
    <message>
        <source>question_edit</source>
        <translation>What do we need to choose?</translation>
    </message>
    <message>
        <source>vote_rule_label</source>
        <translation>Only the workers who are here can vote. Family and friends say what they think, and it is written down, but they do not vote.</translation>
    </message>
    <message>
        <source>vote_person_heading</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>vote_reason_heading</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>vote_reason</source>
        <translation>Why? Say why if they do not agree with the result.</translation>
    </message>
    <message>
        <source>decisions_empty_label</source>
        <translation>No choices to make yet. Most things are agreed without a vote. Add one when the group must choose, like asking to meet again sooner.</translation>
    </message>
    <message>
        <source>next_venue_label</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>next_venue_edit</source>
        <translation>Where will we meet?</translation>
    </message>
    <message>
        <source>no_voters_label</source>
        <translation>No workers are marked as here, so nobody can vote yet.</translation>
    </message>
    <message>
        <source>statement_notes_heading</source>
        <translation>Where this worry comes from (this part can be kept private)</translation>
    </message>
    <message>
        <source>statement_notes_edit</source>
        <translation>Who told us. Private things about other people go here.</translation>
    </message>
    <message>
        <source>review_conference_heading</source>
        <translation>The next review meeting</translation>
    </message>
    <message>
        <source>review_conference_date_label</source>
        <translation>Next review meeting</translation>
    </message>
    <message>
        <source>early_review_reason_label</source>
        <translation>Why sooner</translation>
    </message>
    <message>
        <source>early_review_reason_edit</source>
        <translation>Why do we want the review meeting to be sooner?</translation>
    </message>
    <message>
        <source>ground_rule_1</source>
        <translation>Everyone gets a turn to speak.</translation>
    </message>
    <message>
        <source>ground_rule_2</source>
        <translation>Nobody talks over anybody. Wait until the person has finished.</translation>
    </message>
    <message>
        <source>ground_rule_3</source>
        <translation>The chair says whose turn it is.</translation>
    </message>
    <message>
        <source>ground_rule_4</source>
        <translation>Talk about what has happened, not about who is to blame.</translation>
    </message>
    <message>
        <source>ground_rule_5</source>
        <translation>Anyone can ask for a break, or ask what a word means.</translation>
    </message>
</context>
</TS>
