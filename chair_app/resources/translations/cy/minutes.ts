<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
  <context>
    <name>BilingualLayoutChoice</name>
    <message>
      <source>Welsh first, then English</source>
      <translation type="unfinished">Cymraeg yn gyntaf, yna Saesneg</translation>
    </message>
    <message>
      <source>Side by side, Welsh on the left</source>
      <translation type="unfinished">Ochr yn ochr, Cymraeg ar y chwith</translation>
    </message>
    <message>
      <source>Layout of copies in Welsh and English</source>
      <translation type="unfinished">Cynllun copïau yn Gymraeg ac yn Saesneg</translation>
    </message>
    <message>
      <source>Copies of the minutes in both languages follow the Welsh Language Standards: the whole Welsh text before the English, or the two in columns side by side.</source>
      <translation type="unfinished">Mae copïau o'r cofnodion yn y ddwy iaith yn dilyn Safonau'r Gymraeg: y testun Cymraeg cyfan cyn y Saesneg, neu'r ddau mewn colofnau ochr yn ochr.</translation>
    </message>
  </context>
  <context>
    <name>CopyLanguageChoice</name>
    <message>
      <source>Both: Welsh first, then English</source>
      <translation type="unfinished">Y ddwy iaith: Cymraeg yn gyntaf, yna Saesneg</translation>
    </message>
    <message>
      <source>Language of their copy of the minutes</source>
      <translation type="unfinished">Iaith eu copi o'r cofnodion</translation>
    </message>
    <message>
      <source>The language of this person's copy of the minutes. What people said stays as it was typed.</source>
      <translation type="unfinished">Iaith copi'r unigolyn hwn o'r cofnodion. Mae'r hyn a ddywedodd pobl yn aros fel y cafodd ei deipio.</translation>
    </message>
  </context>
  <context>
    <name>Minutes</name>
    <message>
      <source>Not recorded</source>
      <translation type="unfinished">Heb ei gofnodi</translation>
    </message>
    <message>
      <source>For</source>
      <translation type="unfinished">Ar gyfer</translation>
    </message>
    <message>
      <source>the family and their advocates</source>
      <translation type="unfinished">y teulu a'u heiriolwyr</translation>
    </message>
    <message>
      <source>someone no longer listed</source>
      <translation type="unfinished">rhywun nad yw wedi'i restru mwyach</translation>
    </message>
    <message>
      <source>Excluded from part of the meeting</source>
      <translation type="unfinished">Wedi'u heithrio o ran o'r cyfarfod</translation>
    </message>
    <message>
      <source>{name}: {parts}. Reason: {reason}</source>
      <translation type="unfinished">{name}: {parts}. Rheswm: {reason}</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation type="unfinished">heb ei gofnodi</translation>
    </message>
    <message>
      <source>Reasons for the meeting</source>
      <translation type="unfinished">Rhesymau dros y cyfarfod</translation>
    </message>
    <message>
      <source>No reasons were recorded.</source>
      <translation type="unfinished">Ni chofnodwyd unrhyw resymau.</translation>
    </message>
    <message>
      <source>Whole meeting</source>
      <translation type="unfinished">Y cyfarfod cyfan</translation>
    </message>
    <message>
      <source>Step</source>
      <translation type="unfinished">Cam</translation>
    </message>
    <message>
      <source>Time spent</source>
      <translation type="unfinished">Amser a dreuliwyd</translation>
    </message>
    <message>
      <source>under 1 min</source>
      <translation type="unfinished">llai nag 1 munud</translation>
    </message>
    <message>
      <source>{count} min</source>
      <translation type="unfinished">{count} munud</translation>
    </message>
    <message>
      <source>Chair's summary</source>
      <translation type="unfinished">Crynodeb y cadeirydd</translation>
    </message>
    <message>
      <source>No summary was recorded.</source>
      <translation type="unfinished">Ni chofnodwyd crynodeb.</translation>
    </message>
    <message>
      <source>Agreed on {date}</source>
      <translation type="unfinished">Cytunwyd ar {date}</translation>
    </message>
    <message>
      <source>Not yet agreed</source>
      <translation type="unfinished">Heb gytuno arnynt eto</translation>
    </message>
    <message>
      <source>Sign-off</source>
      <translation type="unfinished">Cymeradwyo</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation type="unfinished">Cadeirydd</translation>
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished">Rôl</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation type="unfinished">Cofnodion</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation type="unfinished">Cloi</translation>
    </message>
    <message>
      <source>Distribution</source>
      <translation type="unfinished">Dosbarthu</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">Enw</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation type="unfinished">Copi</translation>
    </message>
    <message>
      <source>Version</source>
      <translation type="unfinished">Fersiwn</translation>
    </message>
    <message>
      <source>How</source>
      <translation type="unfinished">Sut</translation>
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
      <source>Meeting not held</source>
      <translation type="unfinished">Ni chynhaliwyd y cyfarfod</translation>
    </message>
    <message>
      <source>This meeting did not go ahead. Reason: {reason}</source>
      <translation type="unfinished">Ni aeth y cyfarfod hwn yn ei flaen. Rheswm: {reason}</translation>
    </message>
    <message>
      <source>{meeting} minutes</source>
      <translation type="unfinished">Cofnodion {meeting}</translation>
    </message>
    <message>
      <source>Addendum of {date}, by {name}</source>
      <translation type="unfinished">Atodiad {date}, gan {name}</translation>
    </message>
    <message>
      <source>Why: {why}</source>
      <translation type="unfinished">Pam: {why}</translation>
    </message>
    <message>
      <source>Addenda (added after the minutes were agreed)</source>
      <translation type="unfinished">Atodiadau (a ychwanegwyd ar ôl cytuno ar y cofnodion)</translation>
    </message>
    <message>
      <source>Scaling</source>
      <translation type="unfinished">Graddio</translation>
    </message>
    <message>
      <source>Withheld from {who}.</source>
      <translation type="unfinished">Wedi'i atal rhag {who}.</translation>
    </message>
    <message>
      <source>, and </source>
      <translation type="unfinished">, a </translation>
    </message>
    <message>
      <source>Withheld from this copy.</source>
      <translation type="unfinished">Wedi'i atal o'r copi hwn.</translation>
    </message>
    <message>
      <source>Family</source>
      <translation type="unfinished">Teulu</translation>
    </message>
    <message>
      <source>Children</source>
      <translation type="unfinished">Plant</translation>
    </message>
    <message>
      <source>None recorded</source>
      <translation type="unfinished">Dim wedi'u cofnodi</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
      <source>Start time</source>
      <translation type="unfinished">Amser dechrau</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
      <source>Minute-taker</source>
      <translation type="unfinished">Cofnodwr</translation>
    </message>
    <message>
      <source>Everyone listed was invited, except those marked “Not invited”.</source>
      <translation type="unfinished">Cafodd pawb a restrir eu gwahodd, ac eithrio'r rhai sydd wedi'u marcio “Heb wahoddiad”.</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation type="unfinished">Asiantaeth</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation type="unfinished">Presenoldeb</translation>
    </message>
    <message>
      <source>No members of the network are recorded.</source>
      <translation type="unfinished">Nid oes aelodau o'r rhwydwaith wedi'u cofnodi.</translation>
    </message>
    <message>
      <source>Children at the meeting: {names}.</source>
      <translation type="unfinished">Plant yn y cyfarfod: {names}.</translation>
    </message>
    <message>
      <source>Attendance and apologies</source>
      <translation type="unfinished">Presenoldeb ac ymddiheuriadau</translation>
    </message>
    <message>
      <source> and </source>
      <translation type="unfinished"> a </translation>
    </message>
    <message>
      <source>Report from {name}</source>
      <translation type="unfinished">Adroddiad gan {name}</translation>
    </message>
    <message>
      <source>The report is empty.</source>
      <translation type="unfinished">Mae'r adroddiad yn wag.</translation>
    </message>
    <message>
      <source>No written reports were received.</source>
      <translation type="unfinished">Ni dderbyniwyd unrhyw adroddiadau ysgrifenedig.</translation>
    </message>
    <message>
      <source>Written reports from members not present</source>
      <translation type="unfinished">Adroddiadau ysgrifenedig gan aelodau nad oeddent yn bresennol</translation>
    </message>
    <message>
      <source>Danger statement {number}</source>
      <translation type="unfinished">Datganiad perygl {number}</translation>
    </message>
    <message>
      <source>For: {children}</source>
      <translation type="unfinished">Ar gyfer: {children}</translation>
    </message>
    <message>
      <source>carried forward from the last meeting</source>
      <translation type="unfinished">wedi'i gario ymlaen o'r cyfarfod diwethaf</translation>
    </message>
    <message>
      <source>No text recorded.</source>
      <translation type="unfinished">Dim testun wedi'i gofnodi.</translation>
    </message>
    <message>
      <source>Safety goal {number}</source>
      <translation type="unfinished">Nod diogelwch {number}</translation>
    </message>
    <message>
      <source>No safety goal recorded.</source>
      <translation type="unfinished">Dim nod diogelwch wedi'i gofnodi.</translation>
    </message>
    <message>
      <source>Notes on danger statement {number}</source>
      <translation type="unfinished">Nodiadau ar ddatganiad perygl {number}</translation>
    </message>
    <message>
      <source>No danger statements were recorded.</source>
      <translation type="unfinished">Ni chofnodwyd unrhyw ddatganiadau perygl.</translation>
    </message>
    <message>
      <source>Danger statements and safety goals</source>
      <translation type="unfinished">Datganiadau perygl a nodau diogelwch</translation>
    </message>
    <message>
      <source>No scores were given.</source>
      <translation type="unfinished">Ni roddwyd unrhyw sgoriau.</translation>
    </message>
    <message>
      <source>Average</source>
      <translation type="unfinished">Cyfartaledd</translation>
    </message>
    <message>
      <source>Person</source>
      <translation type="unfinished">Person</translation>
    </message>
    <message>
      <source>Reasons given</source>
      <translation type="unfinished">Rhesymau a roddwyd</translation>
    </message>
    <message>
      <source>Scores over time</source>
      <translation type="unfinished">Sgoriau dros amser</translation>
    </message>
    <message>
      <source>No scores</source>
      <translation type="unfinished">Dim sgoriau</translation>
    </message>
    <message>
      <source>{low} to {high}</source>
      <translation type="unfinished">{low} i {high}</translation>
    </message>
    <message>
      <source>Range</source>
      <translation type="unfinished">Amrediad</translation>
    </message>
    <message>
      <source>Scores</source>
      <translation type="unfinished">Sgoriau</translation>
    </message>
    <message>
      <source>What are we worried about?</source>
      <translation type="unfinished">Am beth rydyn ni'n poeni?</translation>
    </message>
    <message>
      <source>What is working well?</source>
      <translation type="unfinished">Beth sy'n gweithio'n dda?</translation>
    </message>
    <message>
      <source>What needs to happen?</source>
      <translation type="unfinished">Beth sydd angen digwydd?</translation>
    </message>
    <message>
      <source>Nothing recorded.</source>
      <translation type="unfinished">Dim wedi'i gofnodi.</translation>
    </message>
    <message>
      <source>The three columns</source>
      <translation type="unfinished">Y tair colofn</translation>
    </message>
    <message>
      <source>Contingency plan</source>
      <translation type="unfinished">Cynllun wrth gefn</translation>
    </message>
    <message>
      <source>No contingency plan was recorded.</source>
      <translation type="unfinished">Ni chofnodwyd cynllun wrth gefn.</translation>
    </message>
    <message>
      <source>Part {number}</source>
      <translation type="unfinished">Rhan {number}</translation>
    </message>
    <message>
      <source> (from last time)</source>
      <translation type="unfinished"> (o'r tro diwethaf)</translation>
    </message>
    <message>
      <source>Not set</source>
      <translation type="unfinished">Heb ei bennu</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation type="unfinished">Camau gweithredu</translation>
    </message>
    <message>
      <source>No actions were agreed.</source>
      <translation type="unfinished">Ni chytunwyd ar unrhyw gamau gweithredu.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation type="unfinished">Rhif</translation>
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
      <source>By when</source>
      <translation type="unfinished">Erbyn pryd</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation type="unfinished">Nod</translation>
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished">Statws</translation>
    </message>
    <message>
      <source>{text} (withheld from {who})</source>
      <translation type="unfinished">{text} (wedi'i atal rhag {who})</translation>
    </message>
    <message>
      <source>No question recorded</source>
      <translation type="unfinished">Dim cwestiwn wedi'i gofnodi</translation>
    </message>
    <message>
      <source>Decision {number}: {question}</source>
      <translation type="unfinished">Penderfyniad {number}: {question}</translation>
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
      <source>Tally: {tally} Outcome: {outcome}.</source>
      <translation type="unfinished">Cyfrif: {tally} Canlyniad: {outcome}.</translation>
    </message>
    <message>
      <source>no reason recorded</source>
      <translation type="unfinished">dim rheswm wedi'i gofnodi</translation>
    </message>
    <message>
      <source>Dissent</source>
      <translation type="unfinished">Anghytundeb</translation>
    </message>
    <message>
      <source>A former member</source>
      <translation type="unfinished">Cyn-aelod</translation>
    </message>
    <message>
      <source>Not counted: {name}'s vote ({vote}; {why}).</source>
      <translation type="unfinished">Heb ei chyfrif: pleidlais {name} ({vote}; {why}).</translation>
    </message>
    <message>
      <source>Heard: {name} said: {said}</source>
      <translation type="unfinished">Clywyd: dywedodd {name}: {said}</translation>
    </message>
    <message>
      <source>No decisions were put to a vote.</source>
      <translation type="unfinished">Ni roddwyd unrhyw benderfyniadau i bleidlais.</translation>
    </message>
    <message>
      <source>Decisions and votes</source>
      <translation type="unfinished">Penderfyniadau a phleidleisiau</translation>
    </message>
    <message>
      <source>Heard but not voting (family members and advocates do not vote): {names}.</source>
      <translation type="unfinished">Clywyd ond heb bleidleisio (nid yw aelodau'r teulu ac eiriolwyr yn pleidleisio): {names}.</translation>
    </message>
    <message>
      <source>Confidential third-party information: for professionals only.</source>
      <translation type="unfinished">Gwybodaeth gyfrinachol am drydydd parti: i weithwyr proffesiynol yn unig.</translation>
    </message>
    <message>
      <source>No updates were recorded.</source>
      <translation type="unfinished">Ni chofnodwyd unrhyw ddiweddariadau.</translation>
    </message>
    <message>
      <source>Updates from the family and each agency</source>
      <translation type="unfinished">Diweddariadau gan y teulu a phob asiantaeth</translation>
    </message>
    <message>
      <source>Not recorded.</source>
      <translation type="unfinished">Heb ei gofnodi.</translation>
    </message>
    <message>
      <source>How gathered: {how}</source>
      <translation type="unfinished">Sut y'u casglwyd: {how}</translation>
    </message>
    <message>
      <source>No children are recorded.</source>
      <translation type="unfinished">Nid oes plant wedi'u cofnodi.</translation>
    </message>
    <message>
      <source>The child's views</source>
      <translation type="unfinished">Barn y plentyn</translation>
    </message>
    <message>
      <source>Does the child protection plan continue or end?</source>
      <translation type="unfinished">A yw'r cynllun amddiffyn plant yn parhau neu'n dod i ben?</translation>
    </message>
    <message>
      <source>Should the child be subject to a child protection plan?</source>
      <translation type="unfinished">A ddylai'r plentyn fod yn destun cynllun amddiffyn plant?</translation>
    </message>
    <message>
      <source>View</source>
      <translation type="unfinished">Barn</translation>
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished">Categori</translation>
    </message>
    <message>
      <source>Tally: {tally}</source>
      <translation type="unfinished">Cyfrif: {tally}</translation>
    </message>
    <message>
      <source>No decision recorded</source>
      <translation type="unfinished">Dim penderfyniad wedi'i gofnodi</translation>
    </message>
    <message>
      <source> (category: {categories})</source>
      <translation type="unfinished"> (categori: {categories})</translation>
    </message>
    <message>
      <source>; a child in need plan follows</source>
      <translation type="unfinished">; bydd cynllun plentyn mewn angen yn dilyn</translation>
    </message>
    <message>
      <source>; no child in need plan follows</source>
      <translation type="unfinished">; ni fydd cynllun plentyn mewn angen yn dilyn</translation>
    </message>
    <message>
      <source>Chair's decision: {outcome}.</source>
      <translation type="unfinished">Penderfyniad y cadeirydd: {outcome}.</translation>
    </message>
    <message>
      <source>The chair's decision differs from the majority of views. Reason: {reason}</source>
      <translation type="unfinished">Mae penderfyniad y cadeirydd yn wahanol i farn y mwyafrif. Rheswm: {reason}</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation type="unfinished">Rheswm: {reason}</translation>
    </message>
    <message>
      <source>Heard, and their views taken into account, but not counted (parents, family and advocates): {names}.</source>
      <translation type="unfinished">Clywyd, ac ystyriwyd eu barn, ond heb eu cyfrif (rhieni, teulu ac eiriolwyr): {names}.</translation>
    </message>
    <message>
      <source>Decision for each child</source>
      <translation type="unfinished">Penderfyniad ar gyfer pob plentyn</translation>
    </message>
    <message>
      <source>All the children</source>
      <translation type="unfinished">Y plant i gyd</translation>
    </message>
    <message>
      <source>The family</source>
      <translation type="unfinished">Y teulu</translation>
    </message>
    <message>
      <source>Review of the plan</source>
      <translation type="unfinished">Adolygu'r cynllun</translation>
    </message>
    <message>
      <source>No actions were carried from the last meeting.</source>
      <translation type="unfinished">Ni chafodd unrhyw gamau gweithredu eu cario o'r cyfarfod diwethaf.</translation>
    </message>
    <message>
      <source>No text recorded</source>
      <translation type="unfinished">Dim testun wedi'i gofnodi</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
      <source>Not reviewed</source>
      <translation type="unfinished">Heb ei adolygu</translation>
    </message>
    <message>
      <source>Work done</source>
      <translation type="unfinished">Gwaith a wnaed</translation>
    </message>
    <message>
      <source>Difference for the child</source>
      <translation type="unfinished">Y gwahaniaeth i'r plentyn</translation>
    </message>
    <message>
      <source>In the plan since</source>
      <translation type="unfinished">Yn y cynllun ers</translation>
    </message>
    <message>
      <source>Reviewed before</source>
      <translation type="unfinished">Adolygwyd o'r blaen</translation>
    </message>
    <message>
      <source>Next</source>
      <translation type="unfinished">Nesaf</translation>
    </message>
    <message>
      <source>Stays in the plan and is reviewed again next time.</source>
      <translation type="unfinished">Yn aros yn y cynllun ac yn cael ei adolygu eto y tro nesaf.</translation>
    </message>
    <message>
      <source>The conference was not quorate and the chair went ahead: {why}</source>
      <translation type="unfinished">Nid oedd cworwm yn y gynhadledd ac aeth y cadeirydd yn ei flaen: {why}</translation>
    </message>
    <message>
      <source>A strategy meeting is for professionals only; the chair acknowledged that family members or advocates were present.</source>
      <translation type="unfinished">Mae cyfarfod strategaeth ar gyfer gweithwyr proffesiynol yn unig; cydnabu'r cadeirydd fod aelodau o'r teulu neu eiriolwyr yn bresennol.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation type="unfinished">Amser</translation>
    </message>
    <message>
      <source>Next review conference</source>
      <translation type="unfinished">Y gynhadledd adolygu nesaf</translation>
    </message>
    <message>
      <source>reason not recorded</source>
      <translation type="unfinished">rheswm heb ei gofnodi</translation>
    </message>
    <message>
      <source>Early review conference</source>
      <translation type="unfinished">Cynhadledd adolygu gynnar</translation>
    </message>
    <message>
      <source>The core group asked for an early review conference: {reason}</source>
      <translation type="unfinished">Gofynnodd y grŵp craidd am gynhadledd adolygu gynnar: {reason}</translation>
    </message>
    <message>
      <source>Next meeting</source>
      <translation type="unfinished">Y cyfarfod nesaf</translation>
    </message>
    <message>
      <source>OFFICIAL-SENSITIVE</source>
      <translation type="unfinished">SWYDDOGOL-SENSITIF</translation>
    </message>
    <message>
      <source>This part of the meeting is omitted from this copy.</source>
      <translation type="unfinished">Mae'r rhan hon o'r cyfarfod wedi'i hepgor o'r copi hwn.</translation>
    </message>
    <message>
      <source>Confidential third-party information is omitted from this copy.</source>
      <translation type="unfinished">Mae gwybodaeth gyfrinachol am drydydd parti wedi'i hepgor o'r copi hwn.</translation>
    </message>
    <message>
      <source>Full record</source>
      <translation type="unfinished">Cofnod llawn</translation>
    </message>
    <message>
      <source>Own copy</source>
      <translation type="unfinished">Copi personol</translation>
    </message>
    <message>
      <source>Family summary</source>
      <translation type="unfinished">Crynodeb i'r teulu</translation>
    </message>
    <message>
      <source>Scores over time: the average at each meeting, with the range of scores shaded.</source>
      <translation type="unfinished">Sgoriau dros amser: y cyfartaledd ym mhob cyfarfod, gydag amrediad y sgoriau wedi'i liwio.</translation>
    </message>
    <message>
      <source>Someone</source>
      <translation type="unfinished">Rhywun</translation>
    </message>
    <message>
      <source>Someone no longer in the network</source>
      <translation type="unfinished">Rhywun nad yw yn y rhwydwaith mwyach</translation>
    </message>
    <message>
      <source>{number} (agreed)</source>
      <translation type="unfinished">{number} (cytunwyd)</translation>
    </message>
    <message>
      <source>Copy for {name}</source>
      <translation type="unfinished">Copi ar gyfer {name}</translation>
    </message>
    <message>
      <source>Version {number} ({state}) · SHA-256 {fingerprint}</source>
      <translation type="unfinished">Fersiwn {number} ({state}) · SHA-256 {fingerprint}</translation>
    </message>
    <message>
      <source>agreed {date}</source>
      <translation type="unfinished">cytunwyd {date}</translation>
    </message>
    <message>
      <source>draft</source>
      <translation type="unfinished">drafft</translation>
    </message>
    <message>
      <source>Page {number} of {total}</source>
      <translation type="unfinished">Tudalen {number} o {total}</translation>
    </message>
  </context>
  <context>
    <name>MinutesLanguage</name>
    <message>
      <source>Language of their copy</source>
      <translation type="unfinished">Iaith eu copi</translation>
    </message>
    <message>
      <source>Bilingual copies</source>
      <translation type="unfinished">Copïau dwyieithog</translation>
    </message>
  </context>
  <context>
    <name>PdfNotes</name>
    <message>
      <source>Some characters could not be printed in this PDF and are shown as {substitute}: {codes}. The Word (DOCX) copy holds them.</source>
      <translation type="unfinished">Nid oedd modd argraffu rhai nodau yn y PDF hwn ac maen nhw'n cael eu dangos fel {substitute}: {codes}. Mae'r copi Word (DOCX) yn eu cynnwys.</translation>
    </message>
    <message>
      <source>(continued below the table)</source>
      <translation type="unfinished">(yn parhau o dan y tabl)</translation>
    </message>
    <message>
      <source>Continued from the table above ({where}):</source>
      <translation type="unfinished">Yn parhau o'r tabl uchod ({where}):</translation>
    </message>
  </context>
</TS>
