<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>PlainWords</name>
    <message>
        <source>back_button</source>
        <translation type="unfinished">◀ Mynd yn ôl</translation>
    </message>
    <message>
        <source>next_button</source>
        <translation type="unfinished">Y cam nesaf ▶</translation>
    </message>
    <message>
        <source>start_meeting_button</source>
        <translation type="unfinished">Dechrau'r cyfarfod</translation>
    </message>
    <message>
        <source>edit_details_button</source>
        <translation type="unfinished">Newid y dyddiad neu'r lle…</translation>
    </message>
    <message>
        <source>not_held_button</source>
        <translation type="unfinished">Ni ddigwyddodd y cyfarfod…</translation>
    </message>
    <message>
        <source>back_to_family_button</source>
        <translation type="unfinished">Yn ôl at y teulu</translation>
    </message>
    <message>
        <source>add_action_button</source>
        <translation type="unfinished">&amp;Ychwanegu tasg</translation>
    </message>
    <message>
        <source>remove_action_button</source>
        <translation type="unfinished">Tynnu'r dasg hon</translation>
    </message>
    <message>
        <source>add_decision_button</source>
        <translation type="unfinished">&amp;Ychwanegu dewis i'w wneud</translation>
    </message>
    <message>
        <source>remove_decision_button</source>
        <translation type="unfinished">Tynnu'r dewis hwn</translation>
    </message>
    <message>
        <source>add_statement_button</source>
        <translation type="unfinished">&amp;Ychwanegu pryder</translation>
    </message>
    <message>
        <source>remove_statement_button</source>
        <translation type="unfinished">Tynnu'r pryder hwn</translation>
    </message>
    <message>
        <source>add_exclusion_button</source>
        <translation type="unfinished">Nodi bod rhywun wedi gorfod gadael…</translation>
    </message>
    <message>
        <source>remove_exclusion_button</source>
        <translation type="unfinished">Ei dynnu</translation>
    </message>
    <message>
        <source>use_latest_date_button</source>
        <translation type="unfinished">Defnyddio'r diwrnod olaf y gallwn gwrdd</translation>
    </message>
    <message>
        <source>save_invite_button</source>
        <translation type="unfinished">Cadw gwahoddiad i'r dyddiadur…</translation>
    </message>
    <message>
        <source>early_review_box</source>
        <translation type="unfinished">Rydyn ni eisiau'r cyfarfod adolygu yn gynt</translation>
    </message>
    <message>
        <source>close_meeting_button</source>
        <translation type="unfinished">Cau'r cyfarfod</translation>
    </message>
    <message>
        <source>export_minutes_button</source>
        <translation type="unfinished">Cadw'r nodiadau (Word a PDF)</translation>
    </message>
    <message>
        <source>agree_button</source>
        <translation type="unfinished">Mae pawb yn cytuno â'r nodiadau hyn…</translation>
    </message>
    <message>
        <source>add_addendum_button</source>
        <translation type="unfinished">Ychwanegu nodyn ar ôl cytuno arnyn nhw…</translation>
    </message>
    <message>
        <source>export_copy_button</source>
        <translation type="unfinished">Cadw copi i un person…</translation>
    </message>
    <message>
        <source>correct_wording_button</source>
        <translation type="unfinished">Newid y geiriau…</translation>
    </message>
    <message>
        <source>correct_fact_button</source>
        <translation type="unfinished">Cywiro ffaith…</translation>
    </message>
    <message>
        <source>record_sent_button</source>
        <translation type="unfinished">Nodi pwy gafodd gopi…</translation>
    </message>
    <message>
        <source>add_comment_button</source>
        <translation type="unfinished">Ychwanegu beth ddywedodd rhywun am y nodiadau…</translation>
    </message>
    <message>
        <source>accept_comment_button</source>
        <translation type="unfinished">Iawn, newid y nodiadau…</translation>
    </message>
    <message>
        <source>decline_comment_button</source>
        <translation type="unfinished">Na, cadw'r nodiadau…</translation>
    </message>
    <message>
        <source>preview_copy_button</source>
        <translation type="unfinished">Edrych ar gopi un person yn gyntaf…</translation>
    </message>
    <message>
        <source>scale_meaning_label</source>
        <translation type="unfinished">Mae 0 yn golygu nad yw'r plant yn ddiogel gartref, neu y gallai barnwr gael ei ofyn i benderfynu.
Mae 10 yn golygu bod pawb yn cytuno bod y plant yn ddiogel, felly gall y cynllun ddod i ben.</translation>
    </message>
    <message>
        <source>scaling_nobody_label</source>
        <translation type="unfinished">Does neb wedi'i nodi yma eto. Ewch yn ôl i gam 1 a dweud pwy ddaeth. Dim ond y bobl sydd yma sy'n rhoi rhif.</translation>
    </message>
    <message>
        <source>scale_person_heading</source>
        <translation type="unfinished">Pwy</translation>
    </message>
    <message>
        <source>scale_score_heading</source>
        <translation type="unfinished">Rhif (0 i 10)</translation>
    </message>
    <message>
        <source>scale_reason_heading</source>
        <translation type="unfinished">Pam?</translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished">Pam? Beth fyddai'n ei godi un yn uwch?</translation>
    </message>
    <message>
        <source>statement_heading</source>
        <translation type="unfinished">Pryder {n}</translation>
    </message>
    <message>
        <source>goal_heading</source>
        <translation type="unfinished">Nod {n}: sut mae diogel yn edrych</translation>
    </message>
    <message>
        <source>statement_children_title</source>
        <translation type="unfinished">Am bwy mae hyn?</translation>
    </message>
    <message>
        <source>statement_edit</source>
        <translation type="unfinished">Pwy sy'n poeni? Am beth maen nhw'n poeni? Beth allai ddigwydd i'r plentyn os na fydd dim yn newid?</translation>
    </message>
    <message>
        <source>safety_goal_edit</source>
        <translation type="unfinished">Beth fydd yr oedolion yn ei wneud? Beth fydd y plentyn yn ei weld a'i deimlo? Am faint o amser, er mwyn i ni i gyd deimlo bod y plentyn yn ddiogel?</translation>
    </message>
    <message>
        <source>statements_empty_label</source>
        <translation type="unfinished">Does dim pryderon wedi'u hysgrifennu eto. Pwyswch Ychwanegu pryder i ysgrifennu un.</translation>
    </message>
    <message>
        <source>worries_heading</source>
        <translation type="unfinished">Beth sy'n ein poeni?</translation>
    </message>
    <message>
        <source>working_well_heading</source>
        <translation type="unfinished">Beth sy'n mynd yn dda?</translation>
    </message>
    <message>
        <source>needs_to_happen_heading</source>
        <translation type="unfinished">Beth sy'n rhaid digwydd nesaf?</translation>
    </message>
    <message>
        <source>worries_edit</source>
        <translation type="unfinished">Beth aeth o'i le o'r blaen, beth allai fynd o'i le, a beth sy'n ei wneud yn anodd.</translation>
    </message>
    <message>
        <source>working_well_edit</source>
        <translation type="unfinished">Beth sy'n dda, a sut mae pobl wedi cadw'r plentyn yn ddiogel hyd yma.</translation>
    </message>
    <message>
        <source>needs_to_happen_edit</source>
        <translation type="unfinished">Y camau nesaf i gadw'r plentyn yn ddiogel.</translation>
    </message>
    <message>
        <source>reasons_edit</source>
        <translation type="unfinished">Pam rydyn ni'n cwrdd, beth sydd wedi poeni pobl, a beth sydd wedi newid.</translation>
    </message>
    <message>
        <source>contingency_edit</source>
        <translation type="unfinished">Beth fydd yn digwydd os na fydd y cynllun yn gweithio, neu os bydd pethau'n newid.</translation>
    </message>
    <message>
        <source>child_views_edit</source>
        <translation type="unfinished">Beth ddywedodd {name} wrthon ni, yn ei eiriau ei hun os gallwn ni.</translation>
    </message>
    <message>
        <source>how_gathered_label</source>
        <translation type="unfinished">Sut cawson ni wybod</translation>
    </message>
    <message>
        <source>child_views_empty_label</source>
        <translation type="unfinished">Does dim plant wedi'u nodi i'r teulu hwn. Ychwanegwch nhw ar dudalen y teulu.</translation>
    </message>
    <message>
        <source>updates_hint_label</source>
        <translation type="unfinished">Mae'r teulu a ffrindiau'n siarad yn gyntaf. Yna mae pob gweithiwr yn dweud beth sy'n mynd yn dda, beth sy'n bryder, a beth sy'n newydd.</translation>
    </message>
    <message>
        <source>updates_empty_label</source>
        <translation type="unfinished">Does neb wedi'i nodi yma eto. Ewch yn ôl i gam 1 a dweud pwy ddaeth.</translation>
    </message>
    <message>
        <source>update_edit</source>
        <translation type="unfinished">Beth ddywedon nhw wrthon ni.</translation>
    </message>
    <message>
        <source>action_what_label</source>
        <translation type="unfinished">Pa dasg</translation>
    </message>
    <message>
        <source>action_owner_label</source>
        <translation type="unfinished">Pwy fydd yn ei gwneud</translation>
    </message>
    <message>
        <source>action_joint_label</source>
        <translation type="unfinished">Pwy arall fydd yn helpu</translation>
    </message>
    <message>
        <source>action_owner_other_edit</source>
        <translation type="unfinished">Eu henw, a phwy ydyn nhw i'r teulu</translation>
    </message>
    <message>
        <source>children_present_label</source>
        <translation type="unfinished">Plant a ddaeth:</translation>
    </message>
    <message>
        <source>absence_reason</source>
        <translation type="unfinished">Pam nad oedden nhw'n gallu dod?</translation>
    </message>
    <message>
        <source>action_goal_label</source>
        <translation type="unfinished">Pa nod mae'n ei helpu</translation>
    </message>
    <message>
        <source>action_for_label</source>
        <translation type="unfinished">I ba blentyn</translation>
    </message>
    <message>
        <source>action_status_label</source>
        <translation type="unfinished">Sut mae'n mynd</translation>
    </message>
    <message>
        <source>actions_empty_label</source>
        <translation type="unfinished">Dim tasgau eto. Pwyswch Ychwanegu tasg i gytuno ar un.</translation>
    </message>
    <message>
        <source>question_heading</source>
        <translation type="unfinished">Beth sydd angen i ni ei ddewis</translation>
    </message>
    <message>
        <source>question_edit</source>
        <translation type="unfinished">Beth sydd angen i ni ei ddewis?</translation>
    </message>
    <message>
        <source>vote_rule_label</source>
        <translation type="unfinished">Dim ond y gweithwyr sydd yma sy'n cael pleidleisio. Mae'r teulu a ffrindiau'n dweud beth maen nhw'n ei feddwl, ac mae'n cael ei ysgrifennu, ond dydyn nhw ddim yn pleidleisio.</translation>
    </message>
    <message>
        <source>vote_person_heading</source>
        <translation type="unfinished">Gweithiwr</translation>
    </message>
    <message>
        <source>vote_reason_heading</source>
        <translation type="unfinished">Pam?</translation>
    </message>
    <message>
        <source>vote_reason</source>
        <translation type="unfinished">Pam? Dywedwch pam os nad ydyn nhw'n cytuno â'r canlyniad.</translation>
    </message>
    <message>
        <source>decisions_empty_label</source>
        <translation type="unfinished">Dim dewisiadau i'w gwneud eto. Mae'r rhan fwyaf o bethau'n cael eu cytuno heb bleidlais. Ychwanegwch un pan fydd rhaid i'r grŵp ddewis, fel gofyn am gwrdd eto'n gynt.</translation>
    </message>
    <message>
        <source>next_venue_label</source>
        <translation type="unfinished">Ble</translation>
    </message>
    <message>
        <source>next_venue_edit</source>
        <translation type="unfinished">Ble byddwn ni'n cwrdd?</translation>
    </message>
    <message>
        <source>no_voters_label</source>
        <translation type="unfinished">Does dim gweithwyr wedi'u nodi yma, felly does neb yn gallu pleidleisio eto.</translation>
    </message>
    <message>
        <source>statement_notes_heading</source>
        <translation type="unfinished">O ble mae'r pryder hwn yn dod (gallwn gadw'r rhan hon yn breifat)</translation>
    </message>
    <message>
        <source>statement_notes_edit</source>
        <translation type="unfinished">Pwy ddywedodd wrthon ni. Mae pethau preifat am bobl eraill yn mynd yma.</translation>
    </message>
    <message>
        <source>review_conference_heading</source>
        <translation type="unfinished">Y cyfarfod adolygu nesaf</translation>
    </message>
    <message>
        <source>review_conference_date_label</source>
        <translation type="unfinished">Cyfarfod adolygu nesaf</translation>
    </message>
    <message>
        <source>early_review_reason_label</source>
        <translation type="unfinished">Pam yn gynt</translation>
    </message>
    <message>
        <source>early_review_reason_edit</source>
        <translation type="unfinished">Pam rydyn ni eisiau'r cyfarfod adolygu yn gynt?</translation>
    </message>
    <message>
        <source>ground_rule_1</source>
        <translation type="unfinished">Mae pawb yn cael tro i siarad.</translation>
    </message>
    <message>
        <source>ground_rule_2</source>
        <translation type="unfinished">Does neb yn siarad dros neb arall. Arhoswch nes bod y person wedi gorffen.</translation>
    </message>
    <message>
        <source>ground_rule_3</source>
        <translation type="unfinished">Y cadeirydd sy'n dweud tro pwy yw hi.</translation>
    </message>
    <message>
        <source>ground_rule_4</source>
        <translation type="unfinished">Siaradwch am beth sydd wedi digwydd, nid am bwy sydd ar fai.</translation>
    </message>
    <message>
        <source>ground_rule_5</source>
        <translation type="unfinished">Mae unrhyw un yn gallu gofyn am seibiant, neu ofyn beth yw ystyr gair.</translation>
    </message>
</context>
</TS>
