<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished">Camau gweithredu</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation type="unfinished">&amp;Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished">Dileu cam gweithredu</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished">Beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <source>What will be done?</source>
        <translation type="unfinished">Beth fydd yn cael ei wneud?</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation type="unfinished">Pwy fydd yn ei wneud</translation>
    </message>
    <message>
        <source>Name of the person outside the network who will do it</source>
        <translation type="unfinished">Enw&apos;r person y tu allan i&apos;r rhwydwaith a fydd yn ei wneud</translation>
    </message>
    <message>
        <source>Their name, and who they are, e.g. Aunt Rose, a friend in the safety network</source>
        <translation type="unfinished">Eu henw, a phwy ydyn nhw, e.e. Modryb Rose, ffrind yn y rhwydwaith diogelwch</translation>
    </message>
    <message>
        <source>Who else will do it with them</source>
        <translation type="unfinished">Pwy arall fydd yn ei wneud gyda nhw</translation>
    </message>
    <message>
        <source>Tick everyone else in the network who shares this action.</source>
        <translation type="unfinished">Ticiwch bawb arall yn y rhwydwaith sy&apos;n rhannu&apos;r cam gweithredu hwn.</translation>
    </message>
    <message>
        <source>Which safety goal it serves</source>
        <translation type="unfinished">Pa nod diogelwch y mae&apos;n ei wasanaethu</translation>
    </message>
    <message>
        <source>Status of the action</source>
        <translation type="unfinished">Statws y cam gweithredu</translation>
    </message>
    <message>
        <source>No actions yet. Press Add action to agree one.</source>
        <translation type="unfinished">Dim camau gweithredu eto. Pwyswch Ychwanegu cam gweithredu i gytuno ar un.</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Beth</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">Pwy</translation>
    </message>
    <message>
        <source>Together with</source>
        <translation type="unfinished">Ynghyd â</translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished">Erbyn pryd</translation>
    </message>
    <message>
        <source>Safety goal</source>
        <translation type="unfinished">Nod diogelwch</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">Ar gyfer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished">Rhif</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished">Nod</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">O ble</translation>
    </message>
    <message>
        <source>This action was carried from the last meeting, so it is not removed: review it instead in the step “Review of the plan” (done, partly done, not done or no longer needed).</source>
        <translation type="unfinished">Cafodd y cam gweithredu hwn ei gario drosodd o&apos;r cyfarfod diwethaf, felly nid yw&apos;n cael ei ddileu: yn hytrach, adolygwch ef yn y cam “Adolygu&apos;r cynllun” (wedi&apos;i wneud, wedi&apos;i wneud yn rhannol, heb ei wneud neu nid oes ei angen mwyach).</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation type="unfinished">Dewiswch berson</translation>
    </message>
    <message>
        <source>The family as a whole</source>
        <translation type="unfinished">Y teulu cyfan</translation>
    </message>
    <message>
        <source>Someone not in the network</source>
        <translation type="unfinished">Rhywun nad yw yn y rhwydwaith</translation>
    </message>
    <message>
        <source>No particular goal</source>
        <translation type="unfinished">Dim nod penodol</translation>
    </message>
    <message>
        <source>Safety goal {number}: {goal}</source>
        <translation type="unfinished">Nod diogelwch {number}: {goal}</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation type="unfinished">Ar gyfer {name}</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation type="unfinished">Nod {number}</translation>
    </message>
    <message>
        <source>Carried from the meeting on {date}</source>
        <translation type="unfinished">Wedi&apos;i gario drosodd o&apos;r cyfarfod ar {date}</translation>
    </message>
    <message>
        <source>Agreed at this meeting</source>
        <translation type="unfinished">Cytunwyd arno yn y cyfarfod hwn</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation type="unfinished">(heb ei ysgrifennu eto)</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation type="unfinished">Y tro diwethaf</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Newydd</translation>
    </message>
    <message>
        <source>For {children}</source>
        <translation type="unfinished">Ar gyfer {children}</translation>
    </message>
    <message>
        <source>Carried from the meeting on {date}. It stays in the plan until it is reviewed in “Review of the plan”, so it cannot be removed here. Changing it changes only this meeting&apos;s record.</source>
        <translation type="unfinished">Wedi&apos;i gario drosodd o&apos;r cyfarfod ar {date}. Mae&apos;n aros yn y cynllun nes iddo gael ei adolygu yn “Adolygu&apos;r cynllun”, felly does dim modd ei ddileu yma. Mae ei newid yn newid cofnod y cyfarfod hwn yn unig.</translation>
    </message>
    <message>
        <source>Agreed at this meeting.</source>
        <translation type="unfinished">Cytunwyd arno yn y cyfarfod hwn.</translation>
    </message>
    <message>
        <source>For {children} only.</source>
        <translation type="unfinished">Ar gyfer {children} yn unig.</translation>
    </message>
    <message>
        <source>No child ticked, so it is for every child.</source>
        <translation type="unfinished">Does dim plentyn wedi&apos;i dicio, felly mae ar gyfer pob plentyn.</translation>
    </message>
    <message>
        <source>Chosen under “Who” already.</source>
        <translation type="unfinished">Wedi&apos;i ddewis o dan “Pwy” yn barod.</translation>
    </message>
    <message>
        <source>Remove action {number} from the plan?</source>
        <translation type="unfinished">Dileu cam gweithredu {number} o&apos;r cynllun?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Dileu</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Professional</source>
        <translation type="unfinished">Gweithiwr proffesiynol</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation type="unfinished">Teulu a ffrindiau</translation>
    </message>
    <message>
        <source>Attendance of {name}</source>
        <translation type="unfinished">Presenoldeb {name}</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished">Gwahoddwyd</translation>
    </message>
    <message>
        <source>{name} was invited to this meeting</source>
        <translation type="unfinished">Cafodd {name} wahoddiad i&apos;r cyfarfod hwn</translation>
    </message>
    <message>
        <source>Who came in place of {name}</source>
        <translation type="unfinished">Pwy ddaeth yn lle {name}</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation type="unfinished">Person newydd…</translation>
    </message>
    <message>
        <source>Add the person who came in place of {name} to the network</source>
        <translation type="unfinished">Ychwanegu&apos;r person a ddaeth yn lle {name} at y rhwydwaith</translation>
    </message>
    <message>
        <source>Who represented {name}</source>
        <translation type="unfinished">Pwy oedd yn cynrychioli {name}</translation>
    </message>
    <message>
        <source>Who came in their place?</source>
        <translation type="unfinished">Pwy ddaeth yn eu lle?</translation>
    </message>
    <message>
        <source>Written report of {name}</source>
        <translation type="unfinished">Adroddiad ysgrifenedig {name}</translation>
    </message>
    <message>
        <source>Type or paste the written report here.</source>
        <translation type="unfinished">Teipiwch neu gludwch yr adroddiad ysgrifenedig yma.</translation>
    </message>
    <message>
        <source>Why {name} was not there</source>
        <translation type="unfinished">Pam nad oedd {name} yno</translation>
    </message>
    <message>
        <source>Why were they not there?</source>
        <translation type="unfinished">Pam nad oedden nhw yno?</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished">Manylion…</translation>
    </message>
    <message>
        <source>More about the attendance of {name}: arrived late, left early, interpreter</source>
        <translation type="unfinished">Rhagor am bresenoldeb {name}: cyrraedd yn hwyr, gadael yn gynnar, cyfieithydd</translation>
    </message>
    <message>
        <source>the written report of {name}</source>
        <translation type="unfinished">adroddiad ysgrifenedig {name}</translation>
    </message>
    <message>
        <source>Choose who came in their place</source>
        <translation type="unfinished">Dewiswch pwy ddaeth yn eu lle</translation>
    </message>
    <message>
        <source>Someone no longer in the network</source>
        <translation type="unfinished">Rhywun nad yw yn y rhwydwaith mwyach</translation>
    </message>
    <message>
        <source>here in place of {names}</source>
        <translation type="unfinished">yma yn lle {names}</translation>
    </message>
    <message>
        <source>Professionals only</source>
        <translation type="unfinished">Gweithwyr proffesiynol yn unig</translation>
    </message>
    <message>
        <source>Record as present</source>
        <translation type="unfinished">Cofnodi&apos;n bresennol</translation>
    </message>
    <message>
        <source>Children at the meeting:</source>
        <translation type="unfinished">Plant yn y cyfarfod:</translation>
    </message>
    <message>
        <source>{name} was at the meeting</source>
        <translation type="unfinished">Roedd {name} yn y cyfarfod</translation>
    </message>
    <message>
        <source>Exclusions from parts of the meeting</source>
        <translation type="unfinished">Eithriadau o rannau o&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>Record an exclusion…</source>
        <translation type="unfinished">Cofnodi eithriad…</translation>
    </message>
    <message>
        <source>Record that someone was excluded from part of the meeting</source>
        <translation type="unfinished">Cofnodi bod rhywun wedi&apos;i eithrio o ran o&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <source>Remove the chosen exclusion</source>
        <translation type="unfinished">Dileu&apos;r eithriad a ddewiswyd</translation>
    </message>
    <message>
        <source>Excluded from part of the meeting</source>
        <translation type="unfinished">Wedi&apos;u heithrio o ran o&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>{name}: {parts}. Why: {reason}</source>
        <translation type="unfinished">{name}: {parts}. Pam: {reason}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished">Rhywun</translation>
    </message>
    <message>
        <source>Nobody was excluded from any part of the meeting.</source>
        <translation type="unfinished">Ni chafodd neb ei eithrio o unrhyw ran o&apos;r cyfarfod.</translation>
    </message>
    <message>
        <source>The minutes are agreed, so they can no longer be changed. Add an addendum instead.</source>
        <translation type="unfinished">Mae&apos;r cofnodion wedi&apos;u cytuno, felly does dim modd eu newid mwyach. Ychwanegwch atodiad yn lle hynny.</translation>
    </message>
    <message>
        <source>This meeting was not held.</source>
        <translation type="unfinished">Ni chynhaliwyd y cyfarfod hwn.</translation>
    </message>
    <message>
        <source>Choose an exclusion in the list first.</source>
        <translation type="unfinished">Dewiswch eithriad yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Record an exclusion</source>
        <translation type="unfinished">Cofnodi eithriad</translation>
    </message>
    <message>
        <source>Remove the exclusion</source>
        <translation type="unfinished">Dileu&apos;r eithriad</translation>
    </message>
    <message>
        <source>Remove this exclusion?

{exclusion}

Their copy will then include every part of the meeting.</source>
        <translation type="unfinished">Dileu&apos;r eithriad hwn?

{exclusion}

Bydd eu copi wedyn yn cynnwys pob rhan o&apos;r cyfarfod.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">Pwy</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished">Presenoldeb</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Manylion</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">heb ei osod</translation>
    </message>
    <message>
        <source>Chair: {chair}.  Minute-taker: {minute_taker}.</source>
        <translation type="unfinished">Cadeirydd: {chair}.  Cofnodwr: {minute_taker}.</translation>
    </message>
    <message>
        <source>{count} not invited</source>
        <translation type="unfinished">{count} heb eu gwahodd</translation>
    </message>
    <message>
        <source>A strategy meeting is for professionals only. Parents are told the outcome afterwards, unless that would put the child at risk.</source>
        <translation type="unfinished">Mae cyfarfod strategaeth ar gyfer gweithwyr proffesiynol yn unig. Dywedir wrth y rhieni beth oedd y canlyniad wedyn, oni bai y byddai hynny&apos;n rhoi&apos;r plentyn mewn perygl.</translation>
    </message>
    <message>
        <source>Quorate: {count} agencies present.</source>
        <translation type="unfinished">Mae cworwm: mae {count} asiantaeth yn bresennol.</translation>
    </message>
    <message>
        <source>Not quorate yet. {shortfall}</source>
        <translation type="unfinished">Dim cworwm eto. {shortfall}</translation>
    </message>
    <message>
        <source>The chair went ahead anyway; the minutes say so.</source>
        <translation type="unfinished">Aeth y cadeirydd ymlaen beth bynnag; mae&apos;r cofnodion yn dweud hynny.</translation>
    </message>
    <message>
        <source>A Core Group should not go ahead without the child&apos;s social worker: mark them present, or record the meeting as not held.</source>
        <translation type="unfinished">Ni ddylai Grŵp Craidd fynd yn ei flaen heb weithiwr cymdeithasol y plentyn: marciwch nhw&apos;n bresennol, neu cofnodwch na chynhaliwyd y cyfarfod.</translation>
    </message>
</context>
<context>
    <name>ChildViewsPage</name>
    <message>
        <source>This family has no children recorded. Add them on the family page.</source>
        <translation type="unfinished">Does dim plant wedi&apos;u cofnodi ar gyfer y teulu hwn. Ychwanegwch nhw ar dudalen y teulu.</translation>
    </message>
    <message>
        <source>Seen alone</source>
        <translation type="unfinished">Gwelwyd ar eu pen eu hunain</translation>
    </message>
    <message>
        <source>Three Houses</source>
        <translation type="unfinished">Tri Thŷ</translation>
    </message>
    <message>
        <source>Wizard and Fairy</source>
        <translation type="unfinished">Dewin a Thylwythen Deg</translation>
    </message>
    <message>
        <source>Through an advocate</source>
        <translation type="unfinished">Drwy eiriolwr</translation>
    </message>
    <message>
        <source>Observed (too young to say)</source>
        <translation type="unfinished">Arsylwyd (rhy ifanc i ddweud)</translation>
    </message>
    <message>
        <source>Told us at the meeting</source>
        <translation type="unfinished">Dywedodd wrthym yn y cyfarfod</translation>
    </message>
    <message>
        <source>Wishes and feelings of {name}</source>
        <translation type="unfinished">Dymuniadau a theimladau {name}</translation>
    </message>
    <message>
        <source>In the child&apos;s own words where possible.</source>
        <translation type="unfinished">Yng ngeiriau&apos;r plentyn ei hun lle bo modd.</translation>
    </message>
    <message>
        <source>How the views of {name} were gathered</source>
        <translation type="unfinished">Sut y casglwyd barn {name}</translation>
    </message>
    <message>
        <source>How they were gathered</source>
        <translation type="unfinished">Sut y cawsant eu casglu</translation>
    </message>
    <message>
        <source>How gathered</source>
        <translation type="unfinished">Sut y&apos;u casglwyd</translation>
    </message>
    <message>
        <source>the views of {name}</source>
        <translation type="unfinished">barn {name}</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>What are we worried about?</source>
        <translation type="unfinished">Am beth rydyn ni&apos;n poeni?</translation>
    </message>
    <message>
        <source>What is working well?</source>
        <translation type="unfinished">Beth sy&apos;n gweithio&apos;n dda?</translation>
    </message>
    <message>
        <source>What needs to happen?</source>
        <translation type="unfinished">Beth sydd angen digwydd?</translation>
    </message>
    <message>
        <source>Past harm, future danger, complicating factors.</source>
        <translation type="unfinished">Niwed yn y gorffennol, perygl yn y dyfodol, ffactorau cymhlethu.</translation>
    </message>
    <message>
        <source>Strengths, and safety people have already shown.</source>
        <translation type="unfinished">Cryfderau, a&apos;r diogelwch y mae pobl eisoes wedi&apos;i ddangos.</translation>
    </message>
    <message>
        <source>Next steps towards the safety goals.</source>
        <translation type="unfinished">Y camau nesaf tuag at y nodau diogelwch.</translation>
    </message>
    <message>
        <source>the column “{title}”</source>
        <translation type="unfinished">y golofn “{title}”</translation>
    </message>
</context>
<context>
    <name>Continuity</name>
    <message>
        <source>an earlier meeting</source>
        <translation type="unfinished">cyfarfod cynharach</translation>
    </message>
    <message>
        <source>every child</source>
        <translation type="unfinished">pob plentyn</translation>
    </message>
    <message>
        <source>a child no longer listed in the family</source>
        <translation type="unfinished">plentyn nad yw wedi&apos;i restru yn y teulu mwyach</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Pawb</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation type="unfinished">Heb ei restru</translation>
    </message>
</context>
<context>
    <name>MeetingWalkthrough</name>
    <message>
        <source>Start meeting</source>
        <translation type="unfinished">Dechrau&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation type="unfinished">Golygu&apos;r manylion…</translation>
    </message>
    <message>
        <source>Edit the meeting&apos;s date, time, venue, chair and minute-taker</source>
        <translation type="unfinished">Golygu dyddiad, amser a lleoliad y cyfarfod, y cadeirydd a&apos;r cofnodwr</translation>
    </message>
    <message>
        <source>Back to family</source>
        <translation type="unfinished">Yn ôl at y teulu</translation>
    </message>
    <message>
        <source>Not held…</source>
        <translation type="unfinished">Heb ei gynnal…</translation>
    </message>
    <message>
        <source>Record that the meeting did not go ahead, and pick a new date</source>
        <translation type="unfinished">Cofnodi na aeth y cyfarfod yn ei flaen, a dewis dyddiad newydd</translation>
    </message>
    <message>
        <source>The agenda file could not be used, so the built-in agenda is shown. {problem}</source>
        <translation type="unfinished">Nid oedd modd defnyddio&apos;r ffeil agenda, felly dangosir yr agenda adeiledig. {problem}</translation>
    </message>
    <message>
        <source>Agenda steps</source>
        <translation type="unfinished">Camau&apos;r agenda</translation>
    </message>
    <message>
        <source>Show turns</source>
        <translation type="unfinished">Dangos troeon siarad</translation>
    </message>
    <message>
        <source>Show or hide the turn panel: who speaks now and next</source>
        <translation type="unfinished">Dangos neu guddio&apos;r panel troeon siarad: pwy sy&apos;n siarad nawr a nesaf</translation>
    </message>
    <message>
        <source>Show or hide the turn panel (Ctrl+T)</source>
        <translation type="unfinished">Dangos neu guddio&apos;r panel troeon siarad (Ctrl+T)</translation>
    </message>
    <message>
        <source>◀ Back (Alt+←)</source>
        <translation type="unfinished">◀ Yn ôl (Alt+←)</translation>
    </message>
    <message>
        <source>Next (Alt+→) ▶</source>
        <translation type="unfinished">Nesaf (Alt+→) ▶</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation type="unfinished">Yn ôl i&apos;r cam blaenorol</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Y cam nesaf</translation>
    </message>
    <message>
        <source>No social worker</source>
        <translation type="unfinished">Dim gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>A Core Group should not go ahead without the child&apos;s social worker, and no social worker is marked as present. Record this meeting as not held and pick a new date? (Cancel to go back and correct the attendance.)</source>
        <translation type="unfinished">Ni ddylai Grŵp Craidd fynd yn ei flaen heb weithiwr cymdeithasol y plentyn, a does dim gweithiwr cymdeithasol wedi&apos;i farcio&apos;n bresennol. Cofnodi na chynhaliwyd y cyfarfod hwn, a dewis dyddiad newydd? (Canslo i fynd yn ôl a chywiro&apos;r presenoldeb.)</translation>
    </message>
    <message>
        <source>Record as not held…</source>
        <translation type="unfinished">Cofnodi na chafodd ei gynnal…</translation>
    </message>
    <message>
        <source>Not quorate</source>
        <translation type="unfinished">Dim cworwm</translation>
    </message>
    <message>
        <source>This conference is not quorate. {shortfall} Normally it does not go ahead. Go ahead anyway? The minutes will record that you did, and what was missing.</source>
        <translation type="unfinished">Does dim cworwm yn y gynhadledd hon. {shortfall} Fel arfer, nid yw&apos;n mynd yn ei blaen. Mynd yn eich blaen beth bynnag? Bydd y cofnodion yn nodi eich bod wedi gwneud hynny, a beth oedd ar goll.</translation>
    </message>
    <message>
        <source>Go ahead anyway</source>
        <translation type="unfinished">Mynd ymlaen beth bynnag</translation>
    </message>
    <message>
        <source>Recorded as not held. The new meeting on {date} is on the family&apos;s page.</source>
        <translation type="unfinished">Cofnodwyd na chafodd ei gynnal. Mae&apos;r cyfarfod newydd ar {date} ar dudalen y teulu.</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation type="unfinished">Cam {number} o {total}</translation>
    </message>
    <message>
        <source>Hide turns</source>
        <translation type="unfinished">Cuddio troeon siarad</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation type="unfinished">{date} am {time}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished">Statws: {status}</translation>
    </message>
    <message>
        <source>The meeting has started.</source>
        <translation type="unfinished">Mae&apos;r cyfarfod wedi dechrau.</translation>
    </message>
    <message>
        <source>Close the meeting? Its record can no longer be changed after this.</source>
        <translation type="unfinished">Cau&apos;r cyfarfod? Fydd dim modd newid ei gofnod ar ôl hyn.</translation>
    </message>
    <message>
        <source>One thing is still missing or unfinished (see the list). {question}</source>
        <translation type="unfinished">Mae un peth yn dal ar goll neu heb ei orffen (gweler y rhestr). {question}</translation>
    </message>
    <message>
        <source>{count} things are still missing or unfinished (see the list). {question}</source>
        <translation type="unfinished">Mae {count} peth yn dal ar goll neu heb eu gorffen (gweler y rhestr). {question}</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation type="unfinished">Cau&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation type="unfinished">Cau&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>The meeting is closed. Its minutes can be exported.</source>
        <translation type="unfinished">Mae&apos;r cyfarfod ar gau. Gellir allforio ei gofnodion.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished">Heb ei gadw</translation>
    </message>
</context>
<context>
    <name>ScalingPage</name>
    <message>
        <source>{low} to {high}</source>
        <translation type="unfinished">{low} i {high}</translation>
    </message>
    <message>
        <source>{date}: average {average}, range {range}</source>
        <translation type="unfinished">{date}: cyfartaledd {average}, ystod {range}</translation>
    </message>
    <message>
        <source>{scale}, average score at each meeting. {scores}.</source>
        <translation type="unfinished">{scale}, y sgôr gyfartalog ym mhob cyfarfod. {scores}.</translation>
    </message>
    <message>
        <source>Which scale</source>
        <translation type="unfinished">Pa raddfa</translation>
    </message>
    <message>
        <source>Nobody is marked present yet. Record attendance in step 1 first: only people who are here give a score.</source>
        <translation type="unfinished">Does neb wedi&apos;i farcio&apos;n bresennol eto. Cofnodwch y presenoldeb yng ngham 1 yn gyntaf: dim ond y bobl sydd yma sy&apos;n rhoi sgôr.</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation type="unfinished">Sgorau dros amser</translation>
    </message>
    <message>
        <source>Chart of scores over time</source>
        <translation type="unfinished">Siart o&apos;r sgorau dros amser</translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished">Nawr</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished">Dros amser</translation>
    </message>
    <message>
        <source>Scores over time: this scale at every meeting</source>
        <translation type="unfinished">Sgorau dros amser: y raddfa hon ym mhob cyfarfod</translation>
    </message>
    <message>
        <source>Danger statement {number}: {statement}</source>
        <translation type="unfinished">Datganiad perygl {number}: {statement}</translation>
    </message>
    <message>
        <source>How safe are the children now, taking everything into account?</source>
        <translation type="unfinished">Pa mor ddiogel yw&apos;r plant nawr, o ystyried popeth?</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Unigolyn</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished">Sgôr</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation type="unfinished">Y tro diwethaf</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Rheswm</translation>
    </message>
    <message>
        <source>Score of {name}</source>
        <translation type="unfinished">Sgôr {name}</translation>
    </message>
    <message>
        <source>No score</source>
        <translation type="unfinished">Dim sgôr</translation>
    </message>
    <message>
        <source>Reason for {name}&apos;s score</source>
        <translation type="unfinished">Y rheswm dros sgôr {name}</translation>
    </message>
    <message>
        <source>Why this score? What would move it up one point?</source>
        <translation type="unfinished">Pam y sgôr hon? Beth fyddai&apos;n ei chodi un pwynt?</translation>
    </message>
    <message>
        <source>{name}&apos;s score last time: {score}</source>
        <translation type="unfinished">Sgôr {name} y tro diwethaf: {score}</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">dim</translation>
    </message>
    <message>
        <source>{scored} of {total} scored. Average {average}, range {low} to {high}.</source>
        <translation type="unfinished">{scored} o {total} wedi rhoi sgôr. Cyfartaledd {average}, ystod {low} i {high}.</translation>
    </message>
    <message>
        <source>No scores on this scale yet.</source>
        <translation type="unfinished">Dim sgorau ar y raddfa hon eto.</translation>
    </message>
    <message>
        <source>Was {score} last time: why has it changed?</source>
        <translation type="unfinished">Roedd yn {score} y tro diwethaf: pam mae wedi newid?</translation>
    </message>
    <message>
        <source>A reason is needed: the score changed a lot since last time</source>
        <translation type="unfinished">Mae angen rheswm: newidiodd y sgôr yn fawr ers y tro diwethaf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
        <source>Someone
no longer listed</source>
        <translation type="unfinished">Rhywun nad yw
wedi&apos;i restru mwyach</translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished">Cyfartaledd</translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished">Ystod</translation>
    </message>
    <message>
        <source>{date} (this meeting)</source>
        <translation type="unfinished">{date} (y cyfarfod hwn)</translation>
    </message>
    <message>
        <source>No scores</source>
        <translation type="unfinished">Dim sgorau</translation>
    </message>
    <message>
        <source>Each row is a meeting, oldest first: each person&apos;s score on this scale, then the average and the range.</source>
        <translation type="unfinished">Mae pob rhes yn gyfarfod, yr hynaf yn gyntaf: sgôr pob person ar y raddfa hon, yna&apos;r cyfartaledd a&apos;r ystod.</translation>
    </message>
    <message>
        <source>This is the first meeting with this scale: from the next meeting on, the scores of each meeting are shown here side by side.</source>
        <translation type="unfinished">Dyma&apos;r cyfarfod cyntaf gyda&apos;r raddfa hon: o&apos;r cyfarfod nesaf ymlaen, bydd sgorau pob cyfarfod yn cael eu dangos yma ochr yn ochr.</translation>
    </message>
    <message>
        <source>No scores on this scale yet, so there is no chart.</source>
        <translation type="unfinished">Dim sgorau ar y raddfa hon eto, felly does dim siart.</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation type="unfinished">Wrthi&apos;n llunio&apos;r siart…</translation>
    </message>
    <message>
        <source>The chart could not be drawn. The table above has the same scores.</source>
        <translation type="unfinished">Nid oedd modd llunio&apos;r siart. Mae&apos;r un sgorau yn y tabl uchod.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>{names} and {last}</source>
        <translation type="unfinished">{names} a {last}</translation>
    </message>
</context>
</TS>
