<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
  <context>
    <name>AttendanceDetailsDialog</name>
    <message>
      <source>Attendance details: {name}</source>
      <translation type="unfinished">Manylion presenoldeb: {name}</translation>
    </message>
    <message>
      <source>Time {name} arrived, if late</source>
      <translation type="unfinished">Yr amser y cyrhaeddodd {name}, os yn hwyr</translation>
    </message>
    <message>
      <source>Time {name} left, if early</source>
      <translation type="unfinished">Yr amser y gadawodd {name}, os yn gynnar</translation>
    </message>
    <message>
      <source>&amp;Arrived at</source>
      <translation type="unfinished">&amp;Cyrraedd am</translation>
    </message>
    <message>
      <source>&amp;Left at</source>
      <translation type="unfinished">&amp;Gadael am</translation>
    </message>
    <message>
      <source>Leave a time empty if they were there from the start, or to the end.</source>
      <translation type="unfinished">Gadewch amser yn wag os oedden nhw yno o'r dechrau, neu tan y diwedd.</translation>
    </message>
    <message>
      <source>Arrival and leaving times are for someone there in person: mark them present first.</source>
      <translation type="unfinished">Mae amseroedd cyrraedd a gadael ar gyfer rhywun sydd yno yn y cnawd: nodwch eu bod yn bresennol yn gyntaf.</translation>
    </message>
    <message>
      <source>Needed an interpreter</source>
      <translation type="unfinished">Roedd angen cyfieithydd</translation>
    </message>
    <message>
      <source>{name} needed an interpreter</source>
      <translation type="unfinished">Roedd angen cyfieithydd ar {name}</translation>
    </message>
    <message>
      <source>Language of the interpreter for {name}</source>
      <translation type="unfinished">Iaith y cyfieithydd ar gyfer {name}</translation>
    </message>
    <message>
      <source>Language, e.g. Polish or British Sign Language</source>
      <translation type="unfinished">Iaith, e.e. Pwyleg neu Iaith Arwyddion Prydain</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">Iaith</translation>
    </message>
    <message>
      <source>Save the details</source>
      <translation type="unfinished">Cadw'r manylion</translation>
    </message>
    <message>
      <source>Arrived at</source>
      <translation type="unfinished">Cyrraedd am</translation>
    </message>
    <message>
      <source>Left at</source>
      <translation type="unfinished">Gadael am</translation>
    </message>
    <message>
      <source>Left at {left} is not after arrived at {arrived}. Check the two times.</source>
      <translation type="unfinished">Nid yw gadael am {left} ar ôl cyrraedd am {arrived}. Gwiriwch y ddau amser.</translation>
    </message>
    <message>
      <source>Type the language the interpreter was needed for.</source>
      <translation type="unfinished">Teipiwch yr iaith yr oedd angen y cyfieithydd ar ei chyfer.</translation>
    </message>
  </context>
  <context>
    <name>BirthDialog</name>
    <message>
      <source>Record the birth</source>
      <translation type="unfinished">Cofnodi'r enedigaeth</translation>
    </message>
    <message>
      <source>expected on {date}</source>
      <translation type="unfinished">disgwylir ar {date}</translation>
    </message>
    <message>
      <source>with no expected date recorded</source>
      <translation type="unfinished">heb ddyddiad disgwyliedig wedi'i gofnodi</translation>
    </message>
    <message>
      <source>{name}, {expected}. The same child is kept: everything recorded about them so far stays with them.</source>
      <translation type="unfinished">{name}, {expected}. Cedwir yr un plentyn: mae popeth a gofnodwyd amdano hyd yma yn aros gydag ef.</translation>
    </message>
    <message>
      <source>Baby's name</source>
      <translation type="unfinished">Enw’r babi</translation>
    </message>
    <message>
      <source>The baby's name</source>
      <translation type="unfinished">Enw’r babi</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation type="unfinished">Dyddiad geni</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">Enw</translation>
    </message>
    <message>
      <source>Date of birth: {error}</source>
      <translation type="unfinished">Dyddiad geni: {error}</translation>
    </message>
  </context>
  <context>
    <name>ChildDialog</name>
    <message>
      <source>Child</source>
      <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
      <source>Child's name</source>
      <translation type="unfinished">Enw’r plentyn</translation>
    </message>
    <message>
      <source>Not born yet</source>
      <translation type="unfinished">Heb ei eni eto</translation>
    </message>
    <message>
      <source>Not born yet: record the expected date of delivery</source>
      <translation type="unfinished">Heb ei eni eto: cofnodwch y dyddiad geni disgwyliedig</translation>
    </message>
    <message>
      <source>Expected date of delivery</source>
      <translation type="unfinished">Dyddiad geni disgwyliedig</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation type="unfinished">Cynllun</translation>
    </message>
    <message>
      <source>When the baby is born, use Record the birth.</source>
      <translation type="unfinished">Pan gaiff y babi ei eni, defnyddiwch Cofnodi'r enedigaeth.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">Enw</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation type="unfinished">Dyddiad geni</translation>
    </message>
    <message>
      <source>Categories</source>
      <translation type="unfinished">Categorïau</translation>
    </message>
    <message>
      <source>e.g. {name}</source>
      <translation type="unfinished">e.e. {name}</translation>
    </message>
    <message>
      <source>Type the child's name.</source>
      <translation type="unfinished">Teipiwch enw'r plentyn.</translation>
    </message>
  </context>
  <context>
    <name>ClosePage</name>
    <message>
      <source>What is missing</source>
      <translation type="unfinished">Beth sydd ar goll</translation>
    </message>
    <message>
      <source>Close the meeting</source>
      <translation type="unfinished">Cau'r cyfarfod</translation>
    </message>
    <message>
      <source>Export minutes (Word and PDF)</source>
      <translation type="unfinished">Allforio cofnodion (Word a PDF)</translation>
    </message>
    <message>
      <source>Print the time spent on each step in the minutes</source>
      <translation type="unfinished">Argraffu'r amser a dreuliwyd ar bob cam yn y cofnodion</translation>
    </message>
    <message>
      <source>Chair's summary</source>
      <translation type="unfinished">Crynodeb y cadeirydd</translation>
    </message>
    <message>
      <source>In a few sentences: where things stand, what was decided, and what happens next.</source>
      <translation type="unfinished">Mewn ychydig frawddegau: sut mae pethau, beth a benderfynwyd, a beth sy'n digwydd nesaf.</translation>
    </message>
    <message>
      <source>Still missing (double-click to go there)</source>
      <translation type="unfinished">Ar goll o hyd (cliciwch ddwywaith i fynd yno)</translation>
    </message>
    <message>
      <source>This meeting was not held: {reason} Its record can no longer be changed; a new meeting was set up on the family's page.</source>
      <translation type="unfinished">Ni chynhaliwyd y cyfarfod hwn: {reason} Ni ellir newid ei gofnod mwyach; trefnwyd cyfarfod newydd ar dudalen y teulu.</translation>
    </message>
    <message>
      <source>This meeting is closed. Until the minutes are agreed, its record changes only by logged corrections: the wording by the chair or the minute-taker, the facts by the chair.</source>
      <translation type="unfinished">Mae'r cyfarfod hwn wedi cau. Hyd nes y cytunir ar y cofnodion, dim ond drwy gywiriadau a gofnodir y mae ei gofnod yn newid: y geiriad gan y cadeirydd neu'r cofnodwr, y ffeithiau gan y cadeirydd.</translation>
    </message>
    <message>
      <source>This meeting has not started yet. Press Start meeting at the top when everyone is here; it can be closed once it has started.</source>
      <translation type="unfinished">Nid yw'r cyfarfod hwn wedi dechrau eto. Pwyswch Dechrau'r cyfarfod ar y brig pan fydd pawb yma; gellir ei gau unwaith y bydd wedi dechrau.</translation>
    </message>
    <message>
      <source>1 thing is missing or unfinished. Put it right, or close the meeting anyway: the minutes will show what was not recorded.</source>
      <translation type="unfinished">Mae 1 peth ar goll neu heb ei orffen. Cywirwch ef, neu caewch y cyfarfod beth bynnag: bydd y cofnodion yn dangos beth na chafodd ei gofnodi.</translation>
    </message>
    <message>
      <source>{count} things are missing or unfinished. Put them right, or close the meeting anyway: the minutes will show what was not recorded.</source>
      <translation type="unfinished">Mae {count} o bethau ar goll neu heb eu gorffen. Cywirwch nhw, neu caewch y cyfarfod beth bynnag: bydd y cofnodion yn dangos beth na chafodd ei gofnodi.</translation>
    </message>
    <message>
      <source>Nothing is missing. The chair can close the meeting.</source>
      <translation type="unfinished">Does dim byd ar goll. Gall y cadeirydd gau'r cyfarfod.</translation>
    </message>
    <message>
      <source>The next meeting is later than the rule allows (latest {date}). {rule}</source>
      <translation type="unfinished">Mae'r cyfarfod nesaf yn hwyrach nag y mae'r rheol yn ei ganiatáu (hwyraf {date}). {rule}</translation>
    </message>
  </context>
  <context>
    <name>ConferenceDecisionPage</name>
    <message>
      <source>View of {name} on {child}</source>
      <translation type="unfinished">Barn {name} ar {child}</translation>
    </message>
    <message>
      <source>view of {name} on {child}</source>
      <translation type="unfinished">barn {name} ar {child}</translation>
    </message>
    <message>
      <source>Reason of {name} on {child}</source>
      <translation type="unfinished">Rheswm {name} ar {child}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished">Rheswm</translation>
    </message>
    <message>
      <source>Does each child's child protection plan continue, or end?</source>
      <translation type="unfinished">A yw cynllun amddiffyn pob plentyn yn parhau, neu'n dod i ben?</translation>
    </message>
    <message>
      <source>Should each child be subject to a child protection plan, and under which category? More than one category may apply.</source>
      <translation type="unfinished">A ddylai pob plentyn fod yn destun cynllun amddiffyn plant, ac o dan ba gategori? Gall mwy nag un categori fod yn berthnasol.</translation>
    </message>
    <message>
      <source>Each professional present gives a view; the chair then records the decision. Parents, family and advocates are heard, but their views are not counted.</source>
      <translation type="unfinished">Mae pob gweithiwr proffesiynol sy'n bresennol yn rhoi ei farn; yna mae'r cadeirydd yn cofnodi'r penderfyniad. Caiff rhieni, y teulu ac eiriolwyr eu clywed, ond nid yw eu barn yn cael ei chyfrif.</translation>
    </message>
    <message>
      <source>Heard, not counted: {names}.</source>
      <translation type="unfinished">Wedi'u clywed, heb eu cyfrif: {names}.</translation>
    </message>
  </context>
  <context>
    <name>ContingencyPage</name>
    <message>
      <source>Contingency plan</source>
      <translation type="unfinished">Cynllun wrth gefn</translation>
    </message>
    <message>
      <source>If the plan does not work, or things change, this is what will happen.</source>
      <translation type="unfinished">Os na fydd y cynllun yn gweithio, neu os bydd pethau'n newid, dyma beth fydd yn digwydd.</translation>
    </message>
    <message>
      <source>the contingency plan</source>
      <translation type="unfinished">y cynllun wrth gefn</translation>
    </message>
    <message>
      <source>Add a &amp;part</source>
      <translation type="unfinished">Ychwanegu &amp;rhan</translation>
    </message>
    <message>
      <source>Add a part to the contingency plan</source>
      <translation type="unfinished">Ychwanegu rhan at y cynllun wrth gefn</translation>
    </message>
    <message>
      <source>A further part in a box of its own, which can be kept from someone on its own.</source>
      <translation type="unfinished">Rhan arall mewn blwch ei hun, y gellir ei chadw rhag rhywun ar ei phen ei hun.</translation>
    </message>
    <message>
      <source>Part {number}</source>
      <translation type="unfinished">Rhan {number}</translation>
    </message>
    <message>
      <source>Contingency plan, part {number}</source>
      <translation type="unfinished">Cynllun wrth gefn, rhan {number}</translation>
    </message>
    <message>
      <source>A further part of the plan: what will happen, and who will do it.</source>
      <translation type="unfinished">Rhan arall o'r cynllun: beth fydd yn digwydd, a phwy fydd yn ei wneud.</translation>
    </message>
    <message>
      <source>part {number} of the contingency plan</source>
      <translation type="unfinished">rhan {number} o'r cynllun wrth gefn</translation>
    </message>
    <message>
      <source>Remove part</source>
      <translation type="unfinished">Dileu rhan</translation>
    </message>
    <message>
      <source>Remove part {number} of the contingency plan</source>
      <translation type="unfinished">Dileu rhan {number} o'r cynllun wrth gefn</translation>
    </message>
    <message>
      <source>Remove a part of the contingency plan</source>
      <translation type="unfinished">Dileu rhan o'r cynllun wrth gefn</translation>
    </message>
    <message>
      <source>Remove part {number} of the contingency plan and what it says?</source>
      <translation type="unfinished">Dileu rhan {number} o'r cynllun wrth gefn a'r hyn y mae'n ei ddweud?</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished">Dileu</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>Date, e.g. 3/12/2026</source>
      <translation type="unfinished">Dyddiad, e.e. 3/12/2026</translation>
    </message>
  </context>
  <context>
    <name>DecisionsPage</name>
    <message>
      <source>Decisions</source>
      <translation type="unfinished">Penderfyniadau</translation>
    </message>
    <message>
      <source>&amp;Add decision</source>
      <translation type="unfinished">&amp;Ychwanegu penderfyniad</translation>
    </message>
    <message>
      <source>Remove decision</source>
      <translation type="unfinished">Dileu penderfyniad</translation>
    </message>
    <message>
      <source>The question put to the meeting</source>
      <translation type="unfinished">Y cwestiwn a roddwyd i'r cyfarfod</translation>
    </message>
    <message>
      <source>What is the meeting asked to decide?</source>
      <translation type="unfinished">Beth y gofynnir i'r cyfarfod ei benderfynu?</translation>
    </message>
    <message>
      <source>Only professionals who are here vote, and a representative for an absent colleague's agency. The chair and the minute-taker do not vote. Family members, friends and advocates are heard: what they say goes in the minutes, but is not counted.</source>
      <translation type="unfinished">Dim ond y gweithwyr proffesiynol sydd yma sy'n pleidleisio, a chynrychiolydd ar ran asiantaeth cydweithiwr absennol. Nid yw'r cadeirydd na'r cofnodwr yn pleidleisio. Caiff aelodau'r teulu, ffrindiau ac eiriolwyr eu clywed: mae'r hyn a ddywedant yn mynd yn y cofnodion, ond nid yw'n cael ei gyfrif.</translation>
    </message>
    <message>
      <source>No decisions yet. Core Groups agree most things without a vote; add a decision when the meeting must decide something, for example asking for an early review conference.</source>
      <translation type="unfinished">Dim penderfyniadau eto. Mae Grwpiau Craidd yn cytuno ar y rhan fwyaf o bethau heb bleidlais; ychwanegwch benderfyniad pan fydd yn rhaid i'r cyfarfod benderfynu rhywbeth, er enghraifft gofyn am gynhadledd adolygu gynnar.</translation>
    </message>
    <message>
      <source>Question</source>
      <translation type="unfinished">Cwestiwn</translation>
    </message>
    <message>
      <source>(question not written yet)</source>
      <translation type="unfinished">(cwestiwn heb ei ysgrifennu eto)</translation>
    </message>
    <message>
      <source>No professionals are marked present, so nobody can vote yet.</source>
      <translation type="unfinished">Does dim gweithwyr proffesiynol wedi'u nodi'n bresennol, felly ni all neb bleidleisio eto.</translation>
    </message>
    <message>
      <source>Who votes</source>
      <translation type="unfinished">Pwy sy'n pleidleisio</translation>
    </message>
    <message>
      <source>Vote</source>
      <translation type="unfinished">Pleidlais</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished">Rheswm</translation>
    </message>
    <message>
      <source>Vote of {name}</source>
      <translation type="unfinished">Pleidlais {name}</translation>
    </message>
    <message>
      <source>Vote {label}</source>
      <translation type="unfinished">Pleidlais {label}</translation>
    </message>
    <message>
      <source>Reason for {name}'s vote</source>
      <translation type="unfinished">Rheswm dros bleidlais {name}</translation>
    </message>
    <message>
      <source>Reason (needed if they disagree with the outcome)</source>
      <translation type="unfinished">Rheswm (yn angenrheidiol os ydyn nhw'n anghytuno â'r canlyniad)</translation>
    </message>
    <message>
      <source>what {name} said on this decision</source>
      <translation type="unfinished">yr hyn a ddywedodd {name} am y penderfyniad hwn</translation>
    </message>
    <message>
      <source>Heard, not counted</source>
      <translation type="unfinished">Wedi'u clywed, heb eu cyfrif</translation>
    </message>
    <message>
      <source>What {name} said on this decision</source>
      <translation type="unfinished">Yr hyn a ddywedodd {name} am y penderfyniad hwn</translation>
    </message>
    <message>
      <source>What they said (heard, not counted)</source>
      <translation type="unfinished">Yr hyn a ddywedon nhw (wedi'i glywed, heb ei gyfrif)</translation>
    </message>
    <message>
      <source>Heard, not voting: {names}.</source>
      <translation type="unfinished">Wedi'u clywed, heb bleidleisio: {names}.</translation>
    </message>
    <message>
      <source>{summary} Outcome: {outcome}.</source>
      <translation type="unfinished">{summary} Canlyniad: {outcome}.</translation>
    </message>
    <message>
      <source>reason not yet recorded</source>
      <translation type="unfinished">rheswm heb ei gofnodi eto</translation>
    </message>
    <message>
      <source>Dissent: {views}</source>
      <translation type="unfinished">Anghytuno: {views}</translation>
    </message>
    <message>
      <source>Remove this decision and its votes?</source>
      <translation type="unfinished">Dileu'r penderfyniad hwn a'i bleidleisiau?</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished">Dileu</translation>
    </message>
  </context>
  <context>
    <name>FamilyDialog</name>
    <message>
      <source>Family</source>
      <translation type="unfinished">Teulu</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation type="unfinished">Enw’r teulu</translation>
    </message>
    <message>
      <source>e.g. Marlowe family</source>
      <translation type="unfinished">e.e. teulu Marlowe</translation>
    </message>
    <message>
      <source>Type the family's name.</source>
      <translation type="unfinished">Teipiwch enw'r teulu.</translation>
    </message>
  </context>
  <context>
    <name>MeetingController</name>
    <message>
      <source>The last button or choice was not saved: make it again once this message has gone.</source>
      <translation type="unfinished">Ni chadwyd y botwm na'r dewis diwethaf: gwnewch ef eto pan fydd y neges hon wedi mynd.</translation>
    </message>
  </context>
  <context>
    <name>MeetingSetupDialog</name>
    <message>
      <source>Meeting details</source>
      <translation type="unfinished">Manylion y cyfarfod</translation>
    </message>
    <message>
      <source>New meeting</source>
      <translation type="unfinished">Cyfarfod newydd</translation>
    </message>
    <message>
      <source>Type of meeting</source>
      <translation type="unfinished">Math o gyfarfod</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
      <source>Who chairs the meeting</source>
      <translation type="unfinished">Pwy sy'n cadeirio'r cyfarfod</translation>
    </message>
    <message>
      <source>Minute-taker</source>
      <translation type="unfinished">Cofnodwr</translation>
    </message>
    <message>
      <source>Choose a person</source>
      <translation type="unfinished">Dewiswch unigolyn</translation>
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished">Math</translation>
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
      <source>Start time</source>
      <translation type="unfinished">Amser dechrau</translation>
    </message>
    <message>
      <source>Chaired by</source>
      <translation type="unfinished">Yn cadeirio</translation>
    </message>
    <message>
      <source>{name} chaired the family's last meeting, so chairs this one unless you choose someone else.</source>
      <translation type="unfinished">{name} a gadeiriodd gyfarfod diwethaf y teulu, felly bydd yn cadeirio'r un hwn oni bai eich bod yn dewis rhywun arall.</translation>
    </message>
    <message>
      <source>Type the date of the meeting.</source>
      <translation type="unfinished">Teipiwch ddyddiad y cyfarfod.</translation>
    </message>
    <message>
      <source>Choose who chairs the meeting and who takes the minutes.</source>
      <translation type="unfinished">Dewiswch pwy sy'n cadeirio'r cyfarfod a phwy sy'n cymryd y cofnodion.</translation>
    </message>
  </context>
  <context>
    <name>NextMeetingPage</name>
    <message>
      <source>Venue of the next meeting</source>
      <translation type="unfinished">Lleoliad y cyfarfod nesaf</translation>
    </message>
    <message>
      <source>Where?</source>
      <translation type="unfinished">Ble?</translation>
    </message>
    <message>
      <source>Use the latest date</source>
      <translation type="unfinished">Defnyddio'r dyddiad hwyraf</translation>
    </message>
    <message>
      <source>Set the next date to the latest the rule allows</source>
      <translation type="unfinished">Gosod y dyddiad nesaf i'r hwyraf y mae'r rheol yn ei ganiatáu</translation>
    </message>
    <message>
      <source>Save calendar invite…</source>
      <translation type="unfinished">Cadw gwahoddiad calendr…</translation>
    </message>
    <message>
      <source>Save the next meeting as a calendar file to send</source>
      <translation type="unfinished">Cadw'r cyfarfod nesaf fel ffeil calendr i'w hanfon</translation>
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
      <source>Time</source>
      <translation type="unfinished">Amser</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
      <source>Review conference</source>
      <translation type="unfinished">Cynhadledd adolygu</translation>
    </message>
    <message>
      <source>Date of the next review conference</source>
      <translation type="unfinished">Dyddiad y gynhadledd adolygu nesaf</translation>
    </message>
    <message>
      <source>The core group asks for an early review conference</source>
      <translation type="unfinished">Mae'r grŵp craidd am gynhadledd adolygu gynnar</translation>
    </message>
    <message>
      <source>Why the core group asks for an early review conference</source>
      <translation type="unfinished">Pam mae'r grŵp craidd yn gofyn am gynhadledd adolygu gynnar</translation>
    </message>
    <message>
      <source>Why? e.g. the plan is not keeping the children safe enough</source>
      <translation type="unfinished">Pam? e.e. nid yw'r cynllun yn cadw'r plant yn ddigon diogel</translation>
    </message>
    <message>
      <source>Next review conference</source>
      <translation type="unfinished">Cynhadledd adolygu nesaf</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished">Rheswm</translation>
    </message>
    <message>
      <source>No timescale applies to the next meeting of this kind.</source>
      <translation type="unfinished">Nid oes amserlen yn berthnasol i'r cyfarfod nesaf o'r math hwn.</translation>
    </message>
    <message>
      <source>Latest date: {date}. {explanation}</source>
      <translation type="unfinished">Dyddiad hwyraf: {date}. {explanation}</translation>
    </message>
    <message>
      <source>If a plan is made, the first Core Group is due by {date}. {explanation}</source>
      <translation type="unfinished">Os gwneir cynllun, mae'r Grŵp Craidd cyntaf i'w gynnal erbyn {date}. {explanation}</translation>
    </message>
    <message>
      <source>By the rule: {date}. {explanation}</source>
      <translation type="unfinished">Yn ôl y rheol: {date}. {explanation}</translation>
    </message>
    <message>
      <source>The review conference must be after this meeting ({date}); that date is not saved.</source>
      <translation type="unfinished">Rhaid i'r gynhadledd adolygu fod ar ôl y cyfarfod hwn ({date}); nid yw'r dyddiad hwnnw wedi'i gadw.</translation>
    </message>
    <message>
      <source>Warning: {date} is later than the rule allows. {rule} The latest date is {latest}.</source>
      <translation type="unfinished">Rhybudd: mae {date} yn hwyrach nag y mae'r rheol yn ei ganiatáu. {rule} Y dyddiad hwyraf yw {latest}.</translation>
    </message>
    <message>
      <source>Say why the core group asks for an early review conference.</source>
      <translation type="unfinished">Dywedwch pam mae'r grŵp craidd yn gofyn am gynhadledd adolygu gynnar.</translation>
    </message>
    <message>
      <source>The next date must be fixed before the meeting closes.</source>
      <translation type="unfinished">Rhaid pennu'r dyddiad nesaf cyn i'r cyfarfod gau.</translation>
    </message>
    <message>
      <source>The next meeting must be after this one.</source>
      <translation type="unfinished">Rhaid i'r cyfarfod nesaf fod ar ôl yr un hwn.</translation>
    </message>
    <message>
      <source>1 week</source>
      <translation type="unfinished">1 wythnos</translation>
    </message>
    <message>
      <source>{weeks} weeks</source>
      <translation type="unfinished">{weeks} wythnos</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation type="unfinished">1 diwrnod</translation>
    </message>
    <message>
      <source>{days} days</source>
      <translation type="unfinished">{days} diwrnod</translation>
    </message>
    <message>
      <source>{weeks} and {days}</source>
      <translation type="unfinished">{weeks} a {days}</translation>
    </message>
    <message>
      <source>That is {days} days ({span}) after this meeting.</source>
      <translation type="unfinished">Mae hynny {days} diwrnod ({span}) ar ôl y cyfarfod hwn.</translation>
    </message>
    <message>
      <source>Warning: {date} is 1 day later than the rule allows. {rule} The latest date is {latest}.</source>
      <translation type="unfinished">Rhybudd: mae {date} 1 diwrnod yn hwyrach nag y mae'r rheol yn ei ganiatáu. {rule} Y dyddiad hwyraf yw {latest}.</translation>
    </message>
    <message>
      <source>Warning: {date} is {late} days later than the rule allows. {rule} The latest date is {latest}.</source>
      <translation type="unfinished">Rhybudd: mae {date} {late} diwrnod yn hwyrach nag y mae'r rheol yn ei ganiatáu. {rule} Y dyddiad hwyraf yw {latest}.</translation>
    </message>
    <message>
      <source>Calendar invite</source>
      <translation type="unfinished">Gwahoddiad calendr</translation>
    </message>
    <message>
      <source>Fix the date of the next meeting first.</source>
      <translation type="unfinished">Pennwch ddyddiad y cyfarfod nesaf yn gyntaf.</translation>
    </message>
    <message>
      <source>Save the calendar invite</source>
      <translation type="unfinished">Cadw'r gwahoddiad calendr</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation type="unfinished">Ffeiliau calendr (*.ics)</translation>
    </message>
    <message>
      <source>Calendar invite not saved</source>
      <translation type="unfinished">Ni chadwyd y gwahoddiad calendr</translation>
    </message>
    <message>
      <source>Saved {file} in {folder}. Send it from your own mail program.</source>
      <translation type="unfinished">Cadwyd {file} yn {folder}. Anfonwch ef o'ch rhaglen e-bost eich hun.</translation>
    </message>
    <message>
      <source>These people have no email address in the network, so tell them another way: {names}.</source>
      <translation type="unfinished">Nid oes gan y bobl hyn gyfeiriad e-bost yn y rhwydwaith, felly rhowch wybod iddynt mewn ffordd arall: {names}.</translation>
    </message>
    <message>
      <source>Calendar invite saved</source>
      <translation type="unfinished">Gwahoddiad calendr wedi'i gadw</translation>
    </message>
  </context>
  <context>
    <name>NotHeldDialog</name>
    <message>
      <source>Meeting not held</source>
      <translation type="unfinished">Ni chynhaliwyd y cyfarfod</translation>
    </message>
    <message>
      <source>The meeting is kept in the record as not held, with the reason. A new meeting of the same kind, with the same chair, minute-taker and venue, is set up on the date you pick.</source>
      <translation type="unfinished">Cedwir y cyfarfod yn y cofnod fel un na chafodd ei gynnal, gyda'r rheswm. Trefnir cyfarfod newydd o'r un math, gyda'r un cadeirydd, cofnodwr a lleoliad, ar y dyddiad a ddewiswch.</translation>
    </message>
    <message>
      <source>Why the meeting was not held</source>
      <translation type="unfinished">Pam na chynhaliwyd y cyfarfod</translation>
    </message>
    <message>
      <source>The social worker was not present.</source>
      <translation type="unfinished">Nid oedd y gweithiwr cymdeithasol yn bresennol.</translation>
    </message>
    <message>
      <source>Why</source>
      <translation type="unfinished">Pam</translation>
    </message>
    <message>
      <source>New date</source>
      <translation type="unfinished">Dyddiad newydd</translation>
    </message>
    <message>
      <source>Start time</source>
      <translation type="unfinished">Amser dechrau</translation>
    </message>
    <message>
      <source>Say why the meeting was not held.</source>
      <translation type="unfinished">Dywedwch pam na chynhaliwyd y cyfarfod.</translation>
    </message>
    <message>
      <source>Type the date of the new meeting.</source>
      <translation type="unfinished">Teipiwch ddyddiad y cyfarfod newydd.</translation>
    </message>
    <message>
      <source>The new meeting must be after the date of this one.</source>
      <translation type="unfinished">Rhaid i'r cyfarfod newydd fod ar ôl dyddiad yr un hwn.</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>Person in the network</source>
      <translation type="unfinished">Unigolyn yn y rhwydwaith</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">Enw</translation>
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished">Rôl</translation>
    </message>
    <message>
      <source>e.g. Mother, Health visitor, Class teacher</source>
      <translation type="unfinished">e.e. Mam, Ymwelydd iechyd, Athro dosbarth</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation type="unfinished">Asiantaeth</translation>
    </message>
    <message>
      <source>Leave empty for family and friends</source>
      <translation type="unfinished">Gadewch yn wag ar gyfer teulu a ffrindiau</translation>
    </message>
    <message>
      <source>Professional (professionals may vote)</source>
      <translation type="unfinished">Gweithiwr proffesiynol (caiff gweithwyr proffesiynol bleidleisio)</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished">Ffôn</translation>
    </message>
    <message>
      <source>Email</source>
      <translation type="unfinished">E-bost</translation>
    </message>
    <message>
      <source>Type the person's name.</source>
      <translation type="unfinished">Teipiwch enw'r unigolyn.</translation>
    </message>
  </context>
  <context>
    <name>PlanReviewPage</name>
    <message>
      <source>For each action from last time: was it done, what was done, and what difference it made for the child. Actions not done stay in the plan.</source>
      <translation type="unfinished">Ar gyfer pob cam gweithredu o'r tro diwethaf: a gafodd ei wneud, beth a wnaed, a pha wahaniaeth a wnaeth i'r plentyn. Mae camau gweithredu na chawsant eu gwneud yn aros yn y cynllun.</translation>
    </message>
    <message>
      <source>No actions were carried from the last meeting.</source>
      <translation type="unfinished">Ni chariwyd unrhyw gamau gweithredu drosodd o'r cyfarfod diwethaf.</translation>
    </message>
  </context>
  <context>
    <name>Prompts</name>
    <message>
      <source>Yes</source>
      <translation type="unfinished">Ie</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished">Canslo</translation>
    </message>
    <message>
      <source>OK</source>
      <translation type="unfinished">Iawn</translation>
    </message>
  </context>
  <context>
    <name>ReasonsPage</name>
    <message>
      <source>Reasons for the meeting</source>
      <translation type="unfinished">Rhesymau dros y cyfarfod</translation>
    </message>
    <message>
      <source>Why we are meeting, the worries that brought us here, and what has changed.</source>
      <translation type="unfinished">Pam rydyn ni'n cyfarfod, y pryderon a ddaeth â ni yma, a beth sydd wedi newid.</translation>
    </message>
    <message>
      <source>The reasons for the conference: what the enquiries found, and the categories of concern (neglect, physical, emotional or sexual abuse).</source>
      <translation type="unfinished">Y rhesymau dros y gynhadledd: beth a ganfu'r ymholiadau, a'r categorïau pryder (esgeulustod, cam-drin corfforol, emosiynol neu rywiol).</translation>
    </message>
    <message>
      <source>Progress on the plan since the last conference.</source>
      <translation type="unfinished">Cynnydd ar y cynllun ers y gynhadledd ddiwethaf.</translation>
    </message>
    <message>
      <source>What the conference asked for: the outline plan this group turns into a detailed one.</source>
      <translation type="unfinished">Yr hyn y gofynnodd y gynhadledd amdano: y cynllun amlinellol y mae'r grŵp hwn yn ei droi'n gynllun manwl.</translation>
    </message>
    <message>
      <source>The care plan: placement, health, education, contact, and plans for the future.</source>
      <translation type="unfinished">Y cynllun gofal: lleoliad, iechyd, addysg, cyswllt, a chynlluniau ar gyfer y dyfodol.</translation>
    </message>
    <message>
      <source>Why this strategy meeting was called, and what is known.</source>
      <translation type="unfinished">Pam y galwyd y cyfarfod strategaeth hwn, a beth sy'n hysbys.</translation>
    </message>
    <message>
      <source>What has happened since the last meeting.</source>
      <translation type="unfinished">Beth sydd wedi digwydd ers y cyfarfod diwethaf.</translation>
    </message>
  </context>
  <context>
    <name>RepresentativeDialog</name>
    <message>
      <source>Who came in place of {name}</source>
      <translation type="unfinished">Pwy ddaeth yn lle {name}</translation>
    </message>
    <message>
      <source>Name of the representative</source>
      <translation type="unfinished">Enw'r cynrychiolydd</translation>
    </message>
    <message>
      <source>e.g. Mrs Helen Carter</source>
      <translation type="unfinished">e.e. Mrs Helen Carter</translation>
    </message>
    <message>
      <source>Role of the representative</source>
      <translation type="unfinished">Rôl y cynrychiolydd</translation>
    </message>
    <message>
      <source>e.g. Deputy headteacher</source>
      <translation type="unfinished">e.e. Dirprwy bennaeth</translation>
    </message>
    <message>
      <source>The agency the representative speaks for</source>
      <translation type="unfinished">Yr asiantaeth y mae'r cynrychiolydd yn siarad ar ei rhan</translation>
    </message>
    <message>
      <source>The agency they speak for</source>
      <translation type="unfinished">Yr asiantaeth y maen nhw'n siarad ar ei rhan</translation>
    </message>
    <message>
      <source>Professional (professionals may vote)</source>
      <translation type="unfinished">Gweithiwr proffesiynol (caiff gweithwyr proffesiynol bleidleisio)</translation>
    </message>
    <message>
      <source>They are added to the family's network and recorded as here in place of {name}. They can be chosen again at later meetings.</source>
      <translation type="unfinished">Cânt eu hychwanegu at rwydwaith y teulu a'u cofnodi fel rhai sydd yma yn lle {name}. Gellir eu dewis eto mewn cyfarfodydd diweddarach.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">Enw</translation>
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished">Rôl</translation>
    </message>
    <message>
      <source>Speaks for</source>
      <translation type="unfinished">Yn siarad dros</translation>
    </message>
    <message>
      <source>Add to the network</source>
      <translation type="unfinished">Ychwanegu at y rhwydwaith</translation>
    </message>
    <message>
      <source>Type the representative's name.</source>
      <translation type="unfinished">Teipiwch enw'r cynrychiolydd.</translation>
    </message>
  </context>
  <context>
    <name>StatementsPage</name>
    <message>
      <source>Danger statements</source>
      <translation type="unfinished">Datganiadau perygl</translation>
    </message>
    <message>
      <source>&amp;Add statement</source>
      <translation type="unfinished">&amp;Ychwanegu datganiad</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished">Dileu</translation>
    </message>
    <message>
      <source>Remove the selected danger statement</source>
      <translation type="unfinished">Dileu'r datganiad perygl a ddewiswyd</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation type="unfinished">Symud i fyny</translation>
    </message>
    <message>
      <source>Move the selected statement up</source>
      <translation type="unfinished">Symud y datganiad a ddewiswyd i fyny</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation type="unfinished">Symud i lawr</translation>
    </message>
    <message>
      <source>Move the selected statement down</source>
      <translation type="unfinished">Symud y datganiad a ddewiswyd i lawr</translation>
    </message>
    <message>
      <source>Danger statement</source>
      <translation type="unfinished">Datganiad perygl</translation>
    </message>
    <message>
      <source>Who is worried, what exactly they are worried about, and what they fear will happen to the child if nothing changes. Use everyday words.</source>
      <translation type="unfinished">Pwy sy'n poeni, beth yn union sy'n eu poeni, a beth maen nhw'n ofni fydd yn digwydd i'r plentyn os na fydd dim yn newid. Defnyddiwch eiriau bob dydd.</translation>
    </message>
    <message>
      <source>Safety goal</source>
      <translation type="unfinished">Nod diogelwch</translation>
    </message>
    <message>
      <source>What the adults will be seen doing, what the child will experience, and for how long, for everyone to feel the child is safe.</source>
      <translation type="unfinished">Beth fydd yr oedolion i'w gweld yn ei wneud, beth fydd y plentyn yn ei brofi, ac am ba hyd, er mwyn i bawb deimlo bod y plentyn yn ddiogel.</translation>
    </message>
    <message>
      <source>Notes behind this statement</source>
      <translation type="unfinished">Nodiadau y tu ôl i'r datganiad hwn</translation>
    </message>
    <message>
      <source>Sources, and any third-party detail the statement rests on.</source>
      <translation type="unfinished">Ffynonellau, ac unrhyw fanylion trydydd parti y mae'r datganiad yn seiliedig arnynt.</translation>
    </message>
    <message>
      <source>the notes behind this danger statement</source>
      <translation type="unfinished">y nodiadau y tu ôl i'r datganiad perygl hwn</translation>
    </message>
    <message>
      <source>No danger statements yet. Press Add statement to write one.</source>
      <translation type="unfinished">Dim datganiadau perygl eto. Pwyswch Ychwanegu datganiad i ysgrifennu un.</translation>
    </message>
    <message>
      <source>Notes behind this statement (sources, third-party detail)</source>
      <translation type="unfinished">Nodiadau y tu ôl i'r datganiad hwn (ffynonellau, manylion trydydd parti)</translation>
    </message>
    <message>
      <source>Applies to:</source>
      <translation type="unfinished">Yn berthnasol i:</translation>
    </message>
    <message>
      <source>Applies to {name}</source>
      <translation type="unfinished">Yn berthnasol i {name}</translation>
    </message>
    <message>
      <source>(not written yet)</source>
      <translation type="unfinished">(heb ei ysgrifennu eto)</translation>
    </message>
    <message>
      <source>carried from {source}</source>
      <translation type="unfinished">wedi'i gario drosodd o {source}</translation>
    </message>
    <message>
      <source>for {children}</source>
      <translation type="unfinished">ar gyfer {children}</translation>
    </message>
    <message>
      <source>Danger statement {number}</source>
      <translation type="unfinished">Datganiad perygl {number}</translation>
    </message>
    <message>
      <source>Safety goal {number}</source>
      <translation type="unfinished">Nod diogelwch {number}</translation>
    </message>
    <message>
      <source>the notes behind danger statement {number}</source>
      <translation type="unfinished">y nodiadau y tu ôl i ddatganiad perygl {number}</translation>
    </message>
    <message>
      <source>Carried from the meeting on {source}. Changing it here changes only this meeting's record; the earlier minutes stay as they were.</source>
      <translation type="unfinished">Wedi'i gario drosodd o'r cyfarfod ar {source}. Mae ei newid yma yn newid cofnod y cyfarfod hwn yn unig; mae'r cofnodion cynharach yn aros fel yr oeddent.</translation>
    </message>
    <message>
      <source>New at this meeting.</source>
      <translation type="unfinished">Newydd yn y cyfarfod hwn.</translation>
    </message>
    <message>
      <source>Applies to {children} only.</source>
      <translation type="unfinished">Yn berthnasol i {children} yn unig.</translation>
    </message>
    <message>
      <source>No child ticked, so it applies to every child.</source>
      <translation type="unfinished">Does dim plentyn wedi'i dicio, felly mae'n berthnasol i bob plentyn.</translation>
    </message>
    <message>
      <source>Remove danger statement</source>
      <translation type="unfinished">Dileu datganiad perygl</translation>
    </message>
    <message>
      <source>Remove danger statement {number} and its safety goal? Scores given on it and links from actions to its goal are removed too.</source>
      <translation type="unfinished">Dileu datganiad perygl {number} a'i nod diogelwch? Caiff y sgoriau a roddwyd arno a'r cysylltiadau o gamau gweithredu at ei nod eu dileu hefyd.</translation>
    </message>
  </context>
  <context>
    <name>StepClock</name>
    <message>
      <source>Time is kept once the meeting has started.</source>
      <translation type="unfinished">Cedwir yr amser unwaith y bydd y cyfarfod wedi dechrau.</translation>
    </message>
    <message>
      <source>This step: {spent} of {planned} min planned</source>
      <translation type="unfinished">Y cam hwn: {spent} o {planned} munud</translation>
    </message>
    <message>
      <source>This step: {spent}</source>
      <translation type="unfinished">Y cam hwn: {spent}</translation>
    </message>
    <message>
      <source>Meeting: {spent} of {planned} min planned</source>
      <translation type="unfinished">Cyfarfod: {spent} o {planned} munud</translation>
    </message>
    <message>
      <source>Meeting: {spent}</source>
      <translation type="unfinished">Cyfarfod: {spent}</translation>
    </message>
    <message>
      <source>No times were kept for this meeting.</source>
      <translation type="unfinished">Ni chadwyd unrhyw amseroedd ar gyfer y cyfarfod hwn.</translation>
    </message>
    <message>
      <source>Time spent on this step: {spent}</source>
      <translation type="unfinished">Amser a dreuliwyd ar y cam hwn: {spent}</translation>
    </message>
    <message>
      <source>(planned {minutes} min)</source>
      <translation type="unfinished">(cynlluniwyd {minutes} munud)</translation>
    </message>
    <message>
      <source>Whole meeting: {spent}</source>
      <translation type="unfinished">Y cyfarfod cyfan: {spent}</translation>
    </message>
  </context>
  <context>
    <name>TimeField</name>
    <message>
      <source>Time, e.g. 10:30</source>
      <translation type="unfinished">Amser, e.e. 10:30</translation>
    </message>
  </context>
  <context>
    <name>UpdatesPage</name>
    <message>
      <source>Family and network first, then each agency: what is working well, what is worrying, any new incidents.</source>
      <translation type="unfinished">Y teulu a'r rhwydwaith yn gyntaf, yna pob asiantaeth: beth sy'n gweithio'n dda, beth sy'n peri pryder, unrhyw ddigwyddiadau newydd.</translation>
    </message>
    <message>
      <source>Nobody is marked as present yet: record attendance first.</source>
      <translation type="unfinished">Does neb wedi'i nodi'n bresennol eto: cofnodwch bresenoldeb yn gyntaf.</translation>
    </message>
    <message>
      <source>Update from {name}</source>
      <translation type="unfinished">Diweddariad gan {name}</translation>
    </message>
    <message>
      <source>What they said.</source>
      <translation type="unfinished">Yr hyn a ddywedon nhw.</translation>
    </message>
    <message>
      <source>Confidential third-party information (professionals only)</source>
      <translation type="unfinished">Cyfrinachol i weithwyr proffesiynol (trydydd parti)</translation>
    </message>
    <message>
      <source>The update from {name} is confidential third-party information</source>
      <translation type="unfinished">Mae'r diweddariad gan {name} yn wybodaeth gyfrinachol trydydd parti</translation>
    </message>
    <message>
      <source>the update from {name}</source>
      <translation type="unfinished">y diweddariad gan {name}</translation>
    </message>
  </context>
  <context>
    <name>_ChildBox</name>
    <message>
      <source>Professional</source>
      <translation type="unfinished">Gweithiwr proffesiynol</translation>
    </message>
    <message>
      <source>View</source>
      <translation type="unfinished">Barn</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished">Rheswm</translation>
    </message>
    <message>
      <source>Category:</source>
      <translation type="unfinished">Categori:</translation>
    </message>
    <message>
      <source>Chair's decision for {child}</source>
      <translation type="unfinished">Penderfyniad y cadeirydd ar gyfer {child}</translation>
    </message>
    <message>
      <source>Not decided yet</source>
      <translation type="unfinished">Heb benderfynu eto</translation>
    </message>
    <message>
      <source>decision for {child}</source>
      <translation type="unfinished">penderfyniad ar gyfer {child}</translation>
    </message>
    <message>
      <source>A child in need plan follows</source>
      <translation type="unfinished">Cynllun plentyn mewn angen i ddilyn</translation>
    </message>
    <message>
      <source>A child in need plan follows for {child}</source>
      <translation type="unfinished">Bydd cynllun plentyn mewn angen yn dilyn ar gyfer {child}</translation>
    </message>
    <message>
      <source>Reason for the chair's decision for {child}</source>
      <translation type="unfinished">Rheswm dros benderfyniad y cadeirydd ar gyfer {child}</translation>
    </message>
    <message>
      <source>Reason (needed if it differs from the majority)</source>
      <translation type="unfinished">Rheswm (yn angenrheidiol os yw'n wahanol i'r mwyafrif)</translation>
    </message>
    <message>
      <source>Chair's decision:</source>
      <translation type="unfinished">Penderfyniad y cadeirydd:</translation>
    </message>
    <message>
      <source>The chair's decision differs from the majority of views: give the reason. The meeting cannot close without it.</source>
      <translation type="unfinished">Mae penderfyniad y cadeirydd yn wahanol i fwyafrif y safbwyntiau: rhowch y rheswm. Ni all y cyfarfod gau hebddo.</translation>
    </message>
    <message>
      <source>The chair's decision differs from the majority; the reason is recorded.</source>
      <translation type="unfinished">Mae penderfyniad y cadeirydd yn wahanol i'r mwyafrif; mae'r rheswm wedi'i gofnodi.</translation>
    </message>
    <message>
      <source>no reason given yet</source>
      <translation type="unfinished">dim rheswm wedi'i roi eto</translation>
    </message>
    <message>
      <source>Dissent: {views}</source>
      <translation type="unfinished">Anghytuno: {views}</translation>
    </message>
  </context>
  <context>
    <name>_FormDialog</name>
    <message>
      <source>OK</source>
      <translation type="unfinished">Iawn</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished">Canslo</translation>
    </message>
  </context>
  <context>
    <name>_ParsedField</name>
    <message>
      <source>Not valid: {error}</source>
      <translation type="unfinished">Ddim yn ddilys: {error}</translation>
    </message>
  </context>
  <context>
    <name>_ReviewBox</name>
    <message>
      <source>Not reviewed yet</source>
      <translation type="unfinished">Heb ei adolygu eto</translation>
    </message>
    <message>
      <source>No text recorded</source>
      <translation type="unfinished">Dim testun wedi'i gofnodi</translation>
    </message>
    <message>
      <source>Outcome of action {number}</source>
      <translation type="unfinished">Canlyniad cam gweithredu {number}</translation>
    </message>
    <message>
      <source>Work done on action {number}</source>
      <translation type="unfinished">Gwaith a wnaed ar gam gweithredu {number}</translation>
    </message>
    <message>
      <source>What was done.</source>
      <translation type="unfinished">Beth a wnaed.</translation>
    </message>
    <message>
      <source>Difference for the child, action {number}</source>
      <translation type="unfinished">Gwahaniaeth i'r plentyn, cam gweithredu {number}</translation>
    </message>
    <message>
      <source>What difference it made for the child.</source>
      <translation type="unfinished">Pa wahaniaeth a wnaeth i'r plentyn.</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
      <source>Work done</source>
      <translation type="unfinished">Gwaith a wnaed</translation>
    </message>
    <message>
      <source>Difference for the child</source>
      <translation type="unfinished">Gwahaniaeth i'r plentyn</translation>
    </message>
    <message>
      <source>not set</source>
      <translation type="unfinished">heb ei osod</translation>
    </message>
    <message>
      <source>Who: {who}. By when: {when}.</source>
      <translation type="unfinished">Pwy: {who}. Erbyn pryd: {when}.</translation>
    </message>
    <message>
      <source>In the plan since {date}.</source>
      <translation type="unfinished">Yn y cynllun ers {date}.</translation>
    </message>
  </context>
  <context>
    <name>ConferenceDecision</name>
    <message>
      <source>Neglect</source>
      <translation type="unfinished">Esgeulustod</translation>
    </message>
    <message>
      <source>Physical</source>
      <translation type="unfinished">Corfforol</translation>
    </message>
    <message>
      <source>Emotional</source>
      <translation type="unfinished">Emosiynol</translation>
    </message>
    <message>
      <source>Sexual</source>
      <translation type="unfinished">Rhywiol</translation>
    </message>
  </context>
</TS>
