<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
  <context>
    <name>AddendumDialog</name>
    <message>
      <source>Add an addendum</source>
      <translation type="unfinished">Ychwanegu atodiad</translation>
    </message>
    <message>
      <source>An addendum is printed after the agreed minutes. It does not change them, and their fingerprint stays the same.</source>
      <translation type="unfinished">Caiff atodiad ei argraffu ar ôl y cofnodion a gytunwyd. Nid yw'n eu newid, ac mae eu holion bysedd yn aros yr un fath.</translation>
    </message>
    <message>
      <source>Added by</source>
      <translation type="unfinished">Ychwanegwyd gan</translation>
    </message>
    <message>
      <source>Why it is added</source>
      <translation type="unfinished">Pam y caiff ei ychwanegu</translation>
    </message>
    <message>
      <source>What the addendum says</source>
      <translation type="unfinished">Beth mae'r atodiad yn ei ddweud</translation>
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
      <source>Why</source>
      <translation type="unfinished">Pam</translation>
    </message>
    <message>
      <source>Addendum</source>
      <translation type="unfinished">Atodiad</translation>
    </message>
    <message>
      <source>Add the addendum</source>
      <translation type="unfinished">Ychwanegu'r atodiad</translation>
    </message>
    <message>
      <source>Say why the addendum is added.</source>
      <translation type="unfinished">Dywedwch pam y caiff yr atodiad ei ychwanegu.</translation>
    </message>
    <message>
      <source>Write what the addendum says.</source>
      <translation type="unfinished">Ysgrifennwch beth mae'r atodiad yn ei ddweud.</translation>
    </message>
    <message>
      <source>Type the date.</source>
      <translation type="unfinished">Teipiwch y dyddiad.</translation>
    </message>
  </context>
  <context>
    <name>AgreeDialog</name>
    <message>
      <source>Mark the minutes as agreed</source>
      <translation type="unfinished">Nodi bod y cofnodion wedi'u cytuno</translation>
    </message>
    <message>
      <source>Once agreed, the minutes are locked: nothing in them can be changed through the app. Later information is added as an addendum, printed after the agreed minutes.</source>
      <translation type="unfinished">Ar ôl eu cytuno, caiff y cofnodion eu cloi: ni ellir newid dim ynddynt drwy'r ap. Caiff gwybodaeth ddiweddarach ei hychwanegu fel atodiad, wedi'i argraffu ar ôl y cofnodion a gytunwyd.</translation>
    </message>
    <message>
      <source>Who agreed the minutes</source>
      <translation type="unfinished">Pwy gytunodd ar y cofnodion</translation>
    </message>
    <message>
      <source>Agreed by</source>
      <translation type="unfinished">Cytunwyd gan</translation>
    </message>
    <message>
      <source>Date agreed</source>
      <translation type="unfinished">Dyddiad cytuno</translation>
    </message>
    <message>
      <source>Agree and lock</source>
      <translation type="unfinished">Cytuno a chloi</translation>
    </message>
    <message>
      <source>Type the date agreed.</source>
      <translation type="unfinished">Teipiwch y dyddiad cytuno.</translation>
    </message>
  </context>
  <context>
    <name>CommentDialog</name>
    <message>
      <source>Add a comment on the draft</source>
      <translation type="unfinished">Ychwanegu sylw ar y drafft</translation>
    </message>
    <message>
      <source>Who commented</source>
      <translation type="unfinished">Pwy wnaeth y sylw</translation>
    </message>
    <message>
      <source>Part of the minutes the comment is about</source>
      <translation type="unfinished">Y rhan o'r cofnodion y mae'r sylw yn ymwneud â hi</translation>
    </message>
    <message>
      <source>What the comment asks</source>
      <translation type="unfinished">Beth mae'r sylw yn ei ofyn</translation>
    </message>
    <message>
      <source>What they asked to be changed, in their words.</source>
      <translation type="unfinished">Beth y gofynnon nhw iddo gael ei newid, yn eu geiriau eu hunain.</translation>
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished">Gan</translation>
    </message>
    <message>
      <source>Received</source>
      <translation type="unfinished">Dyddiad derbyn</translation>
    </message>
    <message>
      <source>Part of the minutes</source>
      <translation type="unfinished">Rhan o'r cofnodion</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation type="unfinished">Sylw</translation>
    </message>
    <message>
      <source>Add the comment</source>
      <translation type="unfinished">Ychwanegu'r sylw</translation>
    </message>
    <message>
      <source>Write down what the comment asks for.</source>
      <translation type="unfinished">Ysgrifennwch beth mae'r sylw yn gofyn amdano.</translation>
    </message>
    <message>
      <source>Date received</source>
      <translation type="unfinished">Dyddiad ei dderbyn</translation>
    </message>
    <message>
      <source>Type the date received.</source>
      <translation type="unfinished">Teipiwch y dyddiad y daeth i law.</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <source>Both laptops changed the same things</source>
      <translation type="unfinished">Mae'r ddau liniadur wedi newid yr un pethau</translation>
    </message>
    <message>
      <source>Apply these choices</source>
      <translation type="unfinished">Defnyddio'r dewisiadau hyn</translation>
    </message>
    <message>
      <source>Choose, for each, whether to keep what this laptop has or take what the file has. Nothing changes until you press Apply; Cancel changes nothing.</source>
      <translation type="unfinished">Dewiswch, ar gyfer pob un, a ydych am gadw'r hyn sydd ar y gliniadur hwn neu gymryd yr hyn sydd yn y ffeil. Does dim yn newid nes i chi bwyso Defnyddio; nid yw Canslo yn newid dim.</translation>
    </message>
    <message>
      <source>Differences between this laptop and the file</source>
      <translation type="unfinished">Gwahaniaethau rhwng y gliniadur hwn a'r ffeil</translation>
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished">Beth</translation>
    </message>
    <message>
      <source>This laptop</source>
      <translation type="unfinished">Y gliniadur hwn</translation>
    </message>
    <message>
      <source>The file</source>
      <translation type="unfinished">Y ffeil</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation type="unfinished">Cadw</translation>
    </message>
    <message>
      <source>Which to keep: {what}</source>
      <translation type="unfinished">Pa un i'w gadw: {what}</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished">Dewis…</translation>
    </message>
    <message>
      <source>Keep this laptop's</source>
      <translation type="unfinished">Cadw fersiwn y gliniadur hwn</translation>
    </message>
    <message>
      <source>Take the file's</source>
      <translation type="unfinished">Cymryd fersiwn y ffeil</translation>
    </message>
    <message>
      <source>Keep all mine</source>
      <translation type="unfinished">Cadw fy rhai i i gyd</translation>
    </message>
    <message>
      <source>Take all from the file</source>
      <translation type="unfinished">Cymryd y cyfan o'r ffeil</translation>
    </message>
    <message>
      <source>Choose which to keep for every difference ({count} not chosen yet), or use Keep all mine or Take all from the file.</source>
      <translation type="unfinished">Dewiswch pa un i'w gadw ar gyfer pob gwahaniaeth ({count} heb eu dewis eto), neu defnyddiwch Cadw fy rhai i i gyd neu Cymryd y cyfan o'r ffeil.</translation>
    </message>
  </context>
  <context>
    <name>CopyPreview</name>
    <message>
      <source>[withheld from this copy]</source>
      <translation type="unfinished">[wedi'i gadw o'r copi hwn]</translation>
    </message>
    <message>
      <source>Copy for {name} ({role})</source>
      <translation type="unfinished">Copi i {name} ({role})</translation>
    </message>
    <message>
      <source>Copy for {name}</source>
      <translation type="unfinished">Copi i {name}</translation>
    </message>
    <message>
      <source>Family summary</source>
      <translation type="unfinished">Crynodeb i'r teulu</translation>
    </message>
    <message>
      <source>[Chart: {caption}]</source>
      <translation type="unfinished">[Siart: {caption}]</translation>
    </message>
  </context>
  <context>
    <name>CopyPreviewDialog</name>
    <message>
      <source>Preview a copy before sending</source>
      <translation type="unfinished">Rhagweld copi cyn ei anfon</translation>
    </message>
    <message>
      <source>Whose copy to preview</source>
      <translation type="unfinished">Copi pwy i'w ragweld</translation>
    </message>
    <message>
      <source>&amp;Whose copy:</source>
      <translation type="unfinished">Copi &amp;pwy:</translation>
    </message>
    <message>
      <source>The full record, with what this copy leaves out highlighted</source>
      <translation type="unfinished">Y cofnod llawn, gyda'r hyn y mae'r copi hwn yn ei hepgor wedi'i amlygu</translation>
    </message>
    <message>
      <source>The full record</source>
      <translation type="unfinished">Y cofnod llawn</translation>
    </message>
    <message>
      <source>Withheld from this copy ({count}), highlighted in the full record and marked {mark}: {items}</source>
      <translation type="unfinished">Wedi'u cadw o'r copi hwn ({count}), wedi'u hamlygu yn y cofnod llawn a'u nodi {mark}: {items}</translation>
    </message>
    <message>
      <source>Nothing the meeting recorded is withheld from this copy.</source>
      <translation type="unfinished">Does dim o'r hyn a gofnododd y cyfarfod wedi'i gadw o'r copi hwn.</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <source>Accept the comment</source>
      <translation type="unfinished">Derbyn y sylw</translation>
    </message>
    <message>
      <source>Correct the wording</source>
      <translation type="unfinished">Cywiro'r geiriad</translation>
    </message>
    <message>
      <source>Only the wording of notes and summaries is corrected here; the chair corrects attendance, scores and actions with “Correct a recorded fact”. Every correction is logged with what it said before.</source>
      <translation type="unfinished">Dim ond geiriad nodiadau a chrynodebau sy'n cael ei gywiro yma; mae'r cadeirydd yn cywiro presenoldeb, sgoriau a chamau gweithredu gyda “Cywiro ffaith a gofnodwyd”. Caiff pob cywiriad ei gofnodi gyda'r hyn a ddywedai o'r blaen.</translation>
    </message>
    <message>
      <source>Part of the minutes</source>
      <translation type="unfinished">Rhan o'r cofnodion</translation>
    </message>
    <message>
      <source>What it says now</source>
      <translation type="unfinished">Beth mae'n ei ddweud nawr</translation>
    </message>
    <message>
      <source>The new wording</source>
      <translation type="unfinished">Y geiriad newydd</translation>
    </message>
    <message>
      <source>Who corrects</source>
      <translation type="unfinished">Pwy sy'n cywiro</translation>
    </message>
    <message>
      <source>Part</source>
      <translation type="unfinished">Rhan</translation>
    </message>
    <message>
      <source>It says now</source>
      <translation type="unfinished">Mae'n dweud nawr</translation>
    </message>
    <message>
      <source>New wording</source>
      <translation type="unfinished">Geiriad newydd</translation>
    </message>
    <message>
      <source>Corrected by</source>
      <translation type="unfinished">Cywirwyd gan</translation>
    </message>
    <message>
      <source>Accept and correct</source>
      <translation type="unfinished">Derbyn a chywiro</translation>
    </message>
    <message>
      <source>Save the correction</source>
      <translation type="unfinished">Cadw'r cywiriad</translation>
    </message>
    <message>
      <source>Choose the part of the minutes to correct.</source>
      <translation type="unfinished">Dewiswch y rhan o'r cofnodion i'w chywiro.</translation>
    </message>
    <message>
      <source>Type the new wording.</source>
      <translation type="unfinished">Teipiwch y geiriad newydd.</translation>
    </message>
    <message>
      <source>The new wording is the same as what it says now.</source>
      <translation type="unfinished">Mae'r geiriad newydd yr un fath â'r hyn y mae'n ei ddweud nawr.</translation>
    </message>
  </context>
  <context>
    <name>DeclineDialog</name>
    <message>
      <source>Decline the comment</source>
      <translation type="unfinished">Gwrthod y sylw</translation>
    </message>
    <message>
      <source>Why the comment is declined</source>
      <translation type="unfinished">Pam y gwrthodir y sylw</translation>
    </message>
    <message>
      <source>Why the minutes stay as they are.</source>
      <translation type="unfinished">Pam mae'r cofnodion yn aros fel y maen nhw.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished">Rheswm</translation>
    </message>
    <message>
      <source>Give the reason for declining the comment.</source>
      <translation type="unfinished">Rhowch y rheswm dros wrthod y sylw.</translation>
    </message>
  </context>
  <context>
    <name>ExclusionDialog</name>
    <message>
      <source>Record an exclusion</source>
      <translation type="unfinished">Cofnodi eithriad</translation>
    </message>
    <message>
      <source>Who was excluded</source>
      <translation type="unfinished">Pwy a eithriwyd</translation>
    </message>
    <message>
      <source>Why they were excluded</source>
      <translation type="unfinished">Pam y cawsant eu heithrio</translation>
    </message>
    <message>
      <source>Their copy of the minutes leaves out the parts ticked and says, at each place, that a part is omitted. The full record lists who was excluded from what.</source>
      <translation type="unfinished">Mae eu copi nhw o'r cofnodion yn hepgor y rhannau a diciwyd ac yn dweud, ym mhob man, fod rhan wedi'i hepgor. Mae'r cofnod llawn yn rhestru pwy a eithriwyd o beth.</translation>
    </message>
    <message>
      <source>Who</source>
      <translation type="unfinished">Pwy</translation>
    </message>
    <message>
      <source>Excluded from these parts of the meeting:</source>
      <translation type="unfinished">Wedi'u heithrio o'r rhannau hyn o'r cyfarfod:</translation>
    </message>
    <message>
      <source>Why</source>
      <translation type="unfinished">Pam</translation>
    </message>
    <message>
      <source>Record the exclusion</source>
      <translation type="unfinished">Cofnodi'r eithriad</translation>
    </message>
    <message>
      <source>Tick the parts of the meeting the person was excluded from.</source>
      <translation type="unfinished">Ticiwch y rhannau o'r cyfarfod y cafodd yr unigolyn ei eithrio ohonynt.</translation>
    </message>
    <message>
      <source>Say why the person was excluded.</source>
      <translation type="unfinished">Dywedwch pam y cafodd yr unigolyn ei eithrio.</translation>
    </message>
  </context>
  <context>
    <name>ExportCopyDialog</name>
    <message>
      <source>Export a copy of the minutes</source>
      <translation type="unfinished">Allforio copi o'r cofnodion</translation>
    </message>
    <message>
      <source>Which copy</source>
      <translation type="unfinished">Pa gopi</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation type="unfinished">Copi</translation>
    </message>
    <message>
      <source>A Word document and a PDF are written, with the same words.</source>
      <translation type="unfinished">Caiff dogfen Word a PDF eu creu, gyda'r un geiriau.</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation type="unfinished">Allforio…</translation>
    </message>
  </context>
  <context>
    <name>ExportProtectionDialog</name>
    <message>
      <source>Protect the minutes?</source>
      <translation type="unfinished">Diogelu'r cofnodion?</translation>
    </message>
    <message>
      <source>Export</source>
      <translation type="unfinished">Allforio</translation>
    </message>
    <message>
      <source>To send the minutes by email, protect the Word document and the PDF with a password. Tell the reader the password another way, such as by phone, never in the same email.</source>
      <translation type="unfinished">I anfon y cofnodion drwy e-bost, diogelwch y ddogfen Word a'r PDF gyda chyfrinair. Rhowch y cyfrinair i'r darllenydd mewn ffordd arall, er enghraifft dros y ffôn, byth yn yr un e-bost.</translation>
    </message>
    <message>
      <source>Protect both files with a password</source>
      <translation type="unfinished">Diogelu'r ddwy ffeil gyda chyfrinair</translation>
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished">Cyfrinair</translation>
    </message>
    <message>
      <source>Password again</source>
      <translation type="unfinished">Y cyfrinair eto</translation>
    </message>
    <message>
      <source>The two passwords are not the same. Type the password again.</source>
      <translation type="unfinished">Nid yw'r ddau gyfrinair yr un fath. Teipiwch y cyfrinair eto.</translation>
    </message>
  </context>
  <context>
    <name>FactCorrectionDialog</name>
    <message>
      <source>Correct a recorded fact</source>
      <translation type="unfinished">Cywiro ffaith a gofnodwyd</translation>
    </message>
    <message>
      <source>Only the chair corrects the facts recorded in the meeting, before the minutes are agreed. Every correction is logged with what it was before.</source>
      <translation type="unfinished">Dim ond y cadeirydd sy'n cywiro'r ffeithiau a gofnodwyd yn y cyfarfod, cyn i'r cofnodion gael eu cytuno. Caiff pob cywiriad ei gofnodi gyda'r hyn ydoedd o'r blaen.</translation>
    </message>
    <message>
      <source>What kind of fact</source>
      <translation type="unfinished">Pa fath o ffaith</translation>
    </message>
    <message>
      <source>Whose, or which action</source>
      <translation type="unfinished">Pwy, neu pa gam gweithredu</translation>
    </message>
    <message>
      <source>What is recorded now</source>
      <translation type="unfinished">Beth sydd wedi'i gofnodi nawr</translation>
    </message>
    <message>
      <source>The new value</source>
      <translation type="unfinished">Y gwerth newydd</translation>
    </message>
    <message>
      <source>The new score</source>
      <translation type="unfinished">Y sgôr newydd</translation>
    </message>
    <message>
      <source>The new wording</source>
      <translation type="unfinished">Y geiriad newydd</translation>
    </message>
    <message>
      <source>Who corrects</source>
      <translation type="unfinished">Pwy sy'n cywiro</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished">Math</translation>
    </message>
    <message>
      <source>Whose / which</source>
      <translation type="unfinished">Pwy / pa un</translation>
    </message>
    <message>
      <source>Recorded now</source>
      <translation type="unfinished">Wedi'i gofnodi nawr</translation>
    </message>
    <message>
      <source>New value</source>
      <translation type="unfinished">Gwerth newydd</translation>
    </message>
    <message>
      <source>Corrected by</source>
      <translation type="unfinished">Cywirwyd gan</translation>
    </message>
    <message>
      <source>Save the correction</source>
      <translation type="unfinished">Cadw'r cywiriad</translation>
    </message>
    <message>
      <source>Choose the fact to correct.</source>
      <translation type="unfinished">Dewiswch y ffaith i'w chywiro.</translation>
    </message>
    <message>
      <source>New due date</source>
      <translation type="unfinished">Dyddiad cwblhau newydd</translation>
    </message>
    <message>
      <source>Type the new due date.</source>
      <translation type="unfinished">Teipiwch y dyddiad cwblhau newydd.</translation>
    </message>
    <message>
      <source>Give the new value.</source>
      <translation type="unfinished">Rhowch y gwerth newydd.</translation>
    </message>
    <message>
      <source>The new value is the same as what is recorded now.</source>
      <translation type="unfinished">Mae'r gwerth newydd yr un fath â'r hyn sydd wedi'i gofnodi nawr.</translation>
    </message>
  </context>
  <context>
    <name>FamilyChoiceDialog</name>
    <message>
      <source>Which family is this?</source>
      <translation type="unfinished">Pa deulu yw hwn?</translation>
    </message>
    <message>
      <source>Import</source>
      <translation type="unfinished">Mewnforio</translation>
    </message>
    <message>
      <source>These families here may be the same. Choose the one it is for (it then takes the record's identity, so later hand-overs find it), or add it as a new family.</source>
      <translation type="unfinished">Gall y teuluoedd hyn yma fod yr un teulu. Dewiswch yr un y mae ar ei gyfer (bydd wedyn yn cymryd hunaniaeth y cofnod, fel bod trosglwyddiadau diweddarach yn dod o hyd iddo), neu ychwanegwch ef fel teulu newydd.</translation>
    </message>
    <message>
      <source>No family here looks like it. Add it as a new family, or cancel.</source>
      <translation type="unfinished">Does dim teulu yma sy'n debyg iddo. Ychwanegwch ef fel teulu newydd, neu canslwch.</translation>
    </message>
    <message>
      <source>No family on this laptop has this record's family ({family}).</source>
      <translation type="unfinished">Does dim teulu ar y gliniadur hwn yn cyfateb i deulu'r cofnod hwn ({family}).</translation>
    </message>
    <message>
      <source>Families it may be</source>
      <translation type="unfinished">Teuluoedd y gall fod</translation>
    </message>
    <message>
      <source>none recorded</source>
      <translation type="unfinished">dim wedi'u cofnodi</translation>
    </message>
    <message>
      <source>{name}
Children: {children}
Why it may be the same: {reasons}</source>
      <translation type="unfinished">{name}
Plant: {children}
Pam y gall fod yr un teulu: {reasons}</translation>
    </message>
    <message>
      <source>Add as a new family ({family})</source>
      <translation type="unfinished">Ychwanegu fel teulu newydd ({family})</translation>
    </message>
    <message>
      <source>Choose the family it is for, or Add as a new family.</source>
      <translation type="unfinished">Dewiswch y teulu y mae ar ei gyfer, neu Ychwanegu fel teulu newydd.</translation>
    </message>
  </context>
  <context>
    <name>MinutesCopies</name>
    <message>
      <source>Full record</source>
      <translation type="unfinished">Cofnod llawn</translation>
    </message>
    <message>
      <source>Everything, including confidential third-party information and who was excluded from what. For the agencies' records.</source>
      <translation type="unfinished">Popeth, gan gynnwys gwybodaeth gyfrinachol trydydd parti a phwy a eithriwyd o beth. Ar gyfer cofnodion yr asiantaethau.</translation>
    </message>
    <message>
      <source>Includes confidential third-party information.</source>
      <translation type="unfinished">Yn cynnwys gwybodaeth gyfrinachol trydydd parti.</translation>
    </message>
    <message>
      <source>Leaves out confidential third-party information.</source>
      <translation type="unfinished">Yn hepgor gwybodaeth gyfrinachol trydydd parti.</translation>
    </message>
    <message>
      <source>Leaves out the parts they were excluded from: {parts}.</source>
      <translation type="unfinished">Yn hepgor y rhannau y cawsant eu heithrio ohonynt: {parts}.</translation>
    </message>
    <message>
      <source>Copy for {name}</source>
      <translation type="unfinished">Copi i {name}</translation>
    </message>
    <message>
      <source>Family summary</source>
      <translation type="unfinished">Crynodeb i'r teulu</translation>
    </message>
    <message>
      <source>One or two pages in everyday words for the family: why we met, what we are worried about, what is going well, what needs to happen, who will do what by when, and when we meet next.</source>
      <translation type="unfinished">Un neu ddwy dudalen mewn geiriau bob dydd i'r teulu: pam wnaethon ni gyfarfod, beth sy'n ein poeni, beth sy'n mynd yn dda, beth sydd angen digwydd, pwy fydd yn gwneud beth erbyn pryd, a phryd y byddwn ni'n cyfarfod nesaf.</translation>
    </message>
  </context>
  <context>
    <name>MinutesCorrections</name>
    <message>
      <source>Reasons for the meeting</source>
      <translation type="unfinished">Rhesymau dros y cyfarfod</translation>
    </message>
    <message>
      <source>What are we worried about?</source>
      <translation type="unfinished">Beth sy'n ein poeni?</translation>
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
      <source>Contingency plan</source>
      <translation type="unfinished">Cynllun wrth gefn</translation>
    </message>
    <message>
      <source>Chair's summary</source>
      <translation type="unfinished">Crynodeb y cadeirydd</translation>
    </message>
    <message>
      <source>Update from {name}</source>
      <translation type="unfinished">Diweddariad gan {name}</translation>
    </message>
    <message>
      <source>Views of {name}</source>
      <translation type="unfinished">Barn {name}</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation type="unfinished">Heb ei gofnodi</translation>
    </message>
    <message>
      <source>Views of a child</source>
      <translation type="unfinished">Barn plentyn</translation>
    </message>
    <message>
      <source>{name} on the overall scale</source>
      <translation type="unfinished">{name} ar y raddfa gyffredinol</translation>
    </message>
    <message>
      <source>{name} on statement {number}</source>
      <translation type="unfinished">{name} ar ddatganiad {number}</translation>
    </message>
    <message>
      <source>Action {number}: {what}</source>
      <translation type="unfinished">Cam gweithredu {number}: {what}</translation>
    </message>
  </context>
  <context>
    <name>MinutesDialogs</name>
    <message>
      <source>Full record</source>
      <translation type="unfinished">Cofnod llawn</translation>
    </message>
    <message>
      <source>Own copy</source>
      <translation type="unfinished">Eu copi eu hunain</translation>
    </message>
    <message>
      <source>Family summary</source>
      <translation type="unfinished">Crynodeb i'r teulu</translation>
    </message>
    <message>
      <source>Attendance of a person</source>
      <translation type="unfinished">Presenoldeb unigolyn</translation>
    </message>
    <message>
      <source>A person's score on a scale</source>
      <translation type="unfinished">Sgôr unigolyn ar raddfa</translation>
    </message>
    <message>
      <source>An action's owner</source>
      <translation type="unfinished">Perchennog cam gweithredu</translation>
    </message>
    <message>
      <source>An action's due date</source>
      <translation type="unfinished">Dyddiad cwblhau cam gweithredu</translation>
    </message>
    <message>
      <source>An action's status</source>
      <translation type="unfinished">Statws cam gweithredu</translation>
    </message>
    <message>
      <source>An action's wording</source>
      <translation type="unfinished">Geiriad cam gweithredu</translation>
    </message>
  </context>
  <context>
    <name>MinutesExporter</name>
    <message>
      <source>Saved:
{files}

in {folder}</source>
      <translation type="unfinished">Wedi'u cadw:
{files}

yn {folder}</translation>
    </message>
    <message>
      <source>Both files are protected with the password you chose: they open only with it. Tell the reader the password another way, never in the same email.</source>
      <translation type="unfinished">Mae'r ddwy ffeil wedi'u diogelu gyda'r cyfrinair a ddewisoch: dim ond gydag ef y maen nhw'n agor. Rhowch y cyfrinair i'r darllenydd mewn ffordd arall, byth yn yr un e-bost.</translation>
    </message>
    <message>
      <source>Export minutes</source>
      <translation type="unfinished">Allforio cofnodion</translation>
    </message>
    <message>
      <source>Minutes can be exported once the meeting is closed.</source>
      <translation type="unfinished">Gellir allforio'r cofnodion unwaith y bydd y cyfarfod wedi'i gau.</translation>
    </message>
    <message>
      <source>Choose the folder for the minutes</source>
      <translation type="unfinished">Dewiswch y ffolder ar gyfer y cofnodion</translation>
    </message>
    <message>
      <source>Replace files?</source>
      <translation type="unfinished">Disodli'r ffeiliau?</translation>
    </message>
    <message>
      <source>These files already exist:
{files}
in {folder}.

Replace them?</source>
      <translation type="unfinished">Mae'r ffeiliau hyn yn bodoli'n barod:
{files}
yn {folder}.

Eu disodli?</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation type="unfinished">Disodli</translation>
    </message>
    <message>
      <source>The export failed.</source>
      <translation type="unfinished">Methodd yr allforio.</translation>
    </message>
  </context>
  <context>
    <name>MinutesPanel</name>
    <message>
      <source>Minutes after the meeting</source>
      <translation type="unfinished">Cofnodion ar ôl y cyfarfod</translation>
    </message>
    <message>
      <source>Mark as agreed…</source>
      <translation type="unfinished">Nodi eu bod wedi'u cytuno…</translation>
    </message>
    <message>
      <source>Mark the minutes as agreed and lock them</source>
      <translation type="unfinished">Nodi bod y cofnodion wedi'u cytuno a'u cloi</translation>
    </message>
    <message>
      <source>Add an addendum…</source>
      <translation type="unfinished">Ychwanegu atodiad…</translation>
    </message>
    <message>
      <source>Add an addendum after the agreed minutes</source>
      <translation type="unfinished">Ychwanegu atodiad ar ôl y cofnodion a gytunwyd</translation>
    </message>
    <message>
      <source>Export a copy…</source>
      <translation type="unfinished">Allforio copi…</translation>
    </message>
    <message>
      <source>Export the full record, a person's copy or the family summary</source>
      <translation type="unfinished">Allforio'r cofnod llawn, copi unigolyn neu'r crynodeb i'r teulu</translation>
    </message>
    <message>
      <source>Preview a copy…</source>
      <translation type="unfinished">Rhagweld copi…</translation>
    </message>
    <message>
      <source>Preview a person's copy or the family summary beside the full record</source>
      <translation type="unfinished">Rhagweld copi unigolyn neu'r crynodeb i'r teulu wrth ochr y cofnod llawn</translation>
    </message>
    <message>
      <source>Addenda, printed after the agreed minutes:</source>
      <translation type="unfinished">Atodiadau, wedi'u hargraffu ar ôl y cofnodion a gytunwyd:</translation>
    </message>
    <message>
      <source>Addenda</source>
      <translation type="unfinished">Atodiadau</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation type="unfinished">Cywiriadau</translation>
    </message>
    <message>
      <source>Correct the wording…</source>
      <translation type="unfinished">Cywiro'r geiriad…</translation>
    </message>
    <message>
      <source>Correct the wording of a part of the draft</source>
      <translation type="unfinished">Cywiro geiriad rhan o'r drafft</translation>
    </message>
    <message>
      <source>Correct a recorded fact…</source>
      <translation type="unfinished">Cywiro ffaith a gofnodwyd…</translation>
    </message>
    <message>
      <source>Correct attendance, a score or an action recorded in the meeting (the chair only)</source>
      <translation type="unfinished">Cywiro presenoldeb, sgôr neu gam gweithredu a gofnodwyd yn y cyfarfod (y cadeirydd yn unig)</translation>
    </message>
    <message>
      <source>Copies sent</source>
      <translation type="unfinished">Copïau a anfonwyd</translation>
    </message>
    <message>
      <source>Who</source>
      <translation type="unfinished">Pwy</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation type="unfinished">Copi</translation>
    </message>
    <message>
      <source>How</source>
      <translation type="unfinished">Sut</translation>
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished">Pryd</translation>
    </message>
    <message>
      <source>Version</source>
      <translation type="unfinished">Fersiwn</translation>
    </message>
    <message>
      <source>Record a copy sent…</source>
      <translation type="unfinished">Cofnodi copi a anfonwyd…</translation>
    </message>
    <message>
      <source>Record that a copy of the minutes was sent</source>
      <translation type="unfinished">Cofnodi bod copi o'r cofnodion wedi'i anfon</translation>
    </message>
    <message>
      <source>Comments on the draft</source>
      <translation type="unfinished">Sylwadau ar y drafft</translation>
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished">Gan</translation>
    </message>
    <message>
      <source>Received</source>
      <translation type="unfinished">Dyddiad derbyn</translation>
    </message>
    <message>
      <source>Part</source>
      <translation type="unfinished">Rhan</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation type="unfinished">Sylw</translation>
    </message>
    <message>
      <source>Ruling</source>
      <translation type="unfinished">Penderfyniad</translation>
    </message>
    <message>
      <source>Add a comment…</source>
      <translation type="unfinished">Ychwanegu sylw…</translation>
    </message>
    <message>
      <source>Record a member's comment on the draft</source>
      <translation type="unfinished">Cofnodi sylw aelod ar y drafft</translation>
    </message>
    <message>
      <source>Accept…</source>
      <translation type="unfinished">Derbyn…</translation>
    </message>
    <message>
      <source>Accept the chosen comment and correct the draft</source>
      <translation type="unfinished">Derbyn y sylw a ddewiswyd a chywiro'r drafft</translation>
    </message>
    <message>
      <source>Decline…</source>
      <translation type="unfinished">Gwrthod…</translation>
    </message>
    <message>
      <source>Decline the chosen comment, with the reason</source>
      <translation type="unfinished">Gwrthod y sylw a ddewiswyd, gyda'r rheswm</translation>
    </message>
    <message>
      <source>Comments from members</source>
      <translation type="unfinished">Sylwadau gan aelodau</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation type="unfinished">Heb ei gofnodi</translation>
    </message>
    <message>
      <source>{name} (minute-taker)</source>
      <translation type="unfinished">{name} (cofnodwr)</translation>
    </message>
    <message>
      <source>{name} (chair)</source>
      <translation type="unfinished">{name} (cadeirydd)</translation>
    </message>
    <message>
      <source>No chair recorded</source>
      <translation type="unfinished">Dim cadeirydd wedi'i gofnodi</translation>
    </message>
    <message>
      <source>Correct a recorded fact</source>
      <translation type="unfinished">Cywiro ffaith a gofnodwyd</translation>
    </message>
    <message>
      <source>{date}, by {name}. Why: {reason}. {text}</source>
      <translation type="unfinished">{date}, gan {name}. Pam: {reason}. {text}</translation>
    </message>
    <message>
      <source>Why: {reason}</source>
      <translation type="unfinished">Pam: {reason}</translation>
    </message>
    <message>
      <source>{status}: version {number}, agreed on {date} by {name}.</source>
      <translation type="unfinished">{status}: fersiwn {number}, wedi'u cytuno ar {date} gan {name}.</translation>
    </message>
    <message>
      <source>The minutes are locked. Copies can still be sent and exported; anything learnt later goes in an addendum.</source>
      <translation type="unfinished">Mae'r cofnodion wedi'u cloi. Gellir anfon ac allforio copïau o hyd; mae unrhyw beth a ddaw i'r amlwg yn ddiweddarach yn mynd mewn atodiad.</translation>
    </message>
    <message>
      <source>{status}: version {number}, not yet agreed.</source>
      <translation type="unfinished">{status}: fersiwn {number}, heb eu cytuno eto.</translation>
    </message>
    <message>
      <source>{status}: version {number} (not yet sent or exported), not yet agreed.</source>
      <translation type="unfinished">{status}: fersiwn {number} (heb ei hanfon na'i hallforio eto), heb eu cytuno eto.</translation>
    </message>
    <message>
      <source>Correct the wording, record who was sent a copy and each comment, then mark the minutes as agreed.</source>
      <translation type="unfinished">Cywirwch y geiriad, cofnodwch pwy gafodd gopi a phob sylw, yna nodwch fod y cofnodion wedi'u cytuno.</translation>
    </message>
    <message>
      <source>Fingerprint (SHA-256): {fingerprint}</source>
      <translation type="unfinished">Olion bysedd (SHA-256): {fingerprint}</translation>
    </message>
    <message>
      <source>{name} (accepting the comment from {commenter})</source>
      <translation type="unfinished">{name} (yn derbyn y sylw gan {commenter})</translation>
    </message>
    <message>
      <source>Was:</source>
      <translation type="unfinished">Roedd:</translation>
    </message>
    <message>
      <source>Now:</source>
      <translation type="unfinished">Nawr:</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation type="unfinished">(gwag)</translation>
    </message>
    <message>
      <source>No corrections yet.</source>
      <translation type="unfinished">Dim cywiriadau eto.</translation>
    </message>
    <message>
      <source>{version} (agreed)</source>
      <translation type="unfinished">{version} (wedi'i chytuno)</translation>
    </message>
    <message>
      <source>Not yet sent a copy: {names}.</source>
      <translation type="unfinished">Heb gael copi eto: {names}.</translation>
    </message>
    <message>
      <source>Everyone in the network has been sent a copy.</source>
      <translation type="unfinished">Mae pawb yn y rhwydwaith wedi cael copi.</translation>
    </message>
    <message>
      <source>Choose a waiting comment in the list first.</source>
      <translation type="unfinished">Dewiswch sylw sy'n aros yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
      <source>The minutes are agreed, so they can no longer be changed. Add an addendum instead.</source>
      <translation type="unfinished">Mae'r cofnodion wedi'u cytuno, felly ni ellir eu newid mwyach. Ychwanegwch atodiad yn lle hynny.</translation>
    </message>
    <message>
      <source>Correct the wording</source>
      <translation type="unfinished">Cywiro'r geiriad</translation>
    </message>
    <message>
      <source>{name} commented on {date} about “{part}”:</source>
      <translation type="unfinished">Gwnaeth {name} sylw ar {date} am “{part}”:</translation>
    </message>
    <message>
      <source>Accept the comment</source>
      <translation type="unfinished">Derbyn y sylw</translation>
    </message>
    <message>
      <source>{name} asked:</source>
      <translation type="unfinished">Gofynnodd {name}:</translation>
    </message>
    <message>
      <source>Decline the comment</source>
      <translation type="unfinished">Gwrthod y sylw</translation>
    </message>
    <message>
      <source>Add a comment</source>
      <translation type="unfinished">Ychwanegu sylw</translation>
    </message>
    <message>
      <source>Record a copy sent</source>
      <translation type="unfinished">Cofnodi copi a anfonwyd</translation>
    </message>
    <message>
      <source>Mark as agreed</source>
      <translation type="unfinished">Nodi eu bod wedi'u cytuno</translation>
    </message>
    <message>
      <source>Add an addendum</source>
      <translation type="unfinished">Ychwanegu atodiad</translation>
    </message>
    <message>
      <source>Preview a copy</source>
      <translation type="unfinished">Rhagweld copi</translation>
    </message>
  </context>
  <context>
    <name>PackagePassphraseDialog</name>
    <message>
      <source>Open the package</source>
      <translation type="unfinished">Agor y pecyn</translation>
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished">Agor</translation>
    </message>
    <message>
      <source>{file} is an encrypted package. Type the passphrase it was protected with.</source>
      <translation type="unfinished">Mae {file} yn becyn wedi'i amgryptio. Teipiwch y cyfrinymadrodd a ddefnyddiwyd i'w ddiogelu.</translation>
    </message>
    <message>
      <source>Package passphrase</source>
      <translation type="unfinished">Cyfrinymadrodd y pecyn</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
      <source>Type the package's passphrase.</source>
      <translation type="unfinished">Teipiwch gyfrinymadrodd y pecyn.</translation>
    </message>
  </context>
  <context>
    <name>RecordPackageDialog</name>
    <message>
      <source>Export meeting record</source>
      <translation type="unfinished">Allforio cofnod cyfarfod</translation>
    </message>
    <message>
      <source>Choose where to save…</source>
      <translation type="unfinished">Dewis ble i gadw…</translation>
    </message>
    <message>
      <source>The record holds everything about the family and its meetings. To carry it on a memory stick or send it by email, protect it as an encrypted package: it opens only with the passphrase. Tell the other person the passphrase another way, such as by phone, never with the file.</source>
      <translation type="unfinished">Mae'r cofnod yn cynnwys popeth am y teulu a'i gyfarfodydd. I'w gario ar gof bach neu ei anfon drwy e-bost, diogelwch ef fel pecyn wedi'i amgryptio: dim ond gyda'r cyfrinymadrodd y mae'n agor. Rhowch y cyfrinymadrodd i'r person arall mewn ffordd arall, er enghraifft dros y ffôn, byth gyda'r ffeil.</translation>
    </message>
    <message>
      <source>Protect it as an encrypted package (.chairpkg)</source>
      <translation type="unfinished">Ei ddiogelu fel pecyn wedi'i amgryptio (.chairpkg)</translation>
    </message>
    <message>
      <source>Package passphrase</source>
      <translation type="unfinished">Cyfrinymadrodd y pecyn</translation>
    </message>
    <message>
      <source>Package passphrase again</source>
      <translation type="unfinished">Cyfrinymadrodd y pecyn eto</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation type="unfinished">Y cyfrinymadrodd eto</translation>
    </message>
  </context>
  <context>
    <name>RecordSentDialog</name>
    <message>
      <source>Record a copy sent</source>
      <translation type="unfinished">Cofnodi copi a anfonwyd</translation>
    </message>
    <message>
      <source>Sent to</source>
      <translation type="unfinished">Anfonwyd at</translation>
    </message>
    <message>
      <source>How it was sent</source>
      <translation type="unfinished">Sut y cafodd ei anfon</translation>
    </message>
    <message>
      <source>Which copy was sent</source>
      <translation type="unfinished">Pa gopi a anfonwyd</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation type="unfinished">Copi</translation>
    </message>
    <message>
      <source>How</source>
      <translation type="unfinished">Sut</translation>
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished">Pryd</translation>
    </message>
    <message>
      <source>Record</source>
      <translation type="unfinished">Cofnodi</translation>
    </message>
    <message>
      <source>Date sent</source>
      <translation type="unfinished">Dyddiad anfon</translation>
    </message>
    <message>
      <source>Type the date sent.</source>
      <translation type="unfinished">Teipiwch y dyddiad anfon.</translation>
    </message>
  </context>
  <context>
    <name>RecordTransfer</name>
    <message>
      <source>Nothing changed.</source>
      <translation type="unfinished">Ni newidiodd dim.</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation type="unfinished">(gwag)</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished">Ie</translation>
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished">Na</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation type="unfinished">(dim)</translation>
    </message>
    <message>
      <source>The record</source>
      <translation type="unfinished">Y cofnod</translation>
    </message>
    <message>
      <source>Not on this laptop</source>
      <translation type="unfinished">Ddim ar y gliniadur hwn</translation>
    </message>
    <message>
      <source>On this laptop</source>
      <translation type="unfinished">Ar y gliniadur hwn</translation>
    </message>
    <message>
      <source>Not in the file</source>
      <translation type="unfinished">Ddim yn y ffeil</translation>
    </message>
    <message>
      <source>In the file</source>
      <translation type="unfinished">Yn y ffeil</translation>
    </message>
    <message>
      <source>Export meeting record</source>
      <translation type="unfinished">Allforio cofnod cyfarfod</translation>
    </message>
    <message>
      <source>Select a meeting on the family page first (or open it), then export its record.</source>
      <translation type="unfinished">Dewiswch gyfarfod ar dudalen y teulu yn gyntaf (neu agorwch ef), yna allforiwch ei gofnod.</translation>
    </message>
    <message>
      <source>Save the meeting record</source>
      <translation type="unfinished">Cadw cofnod y cyfarfod</translation>
    </message>
    <message>
      <source>Encrypted package (*.chairpkg)</source>
      <translation type="unfinished">Pecyn wedi'i amgryptio (*.chairpkg)</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
      <source>It is an encrypted package: it opens only with the passphrase you chose. Tell the other person the passphrase another way, never with the file.</source>
      <translation type="unfinished">Mae'n becyn wedi'i amgryptio: dim ond gyda'r cyfrinymadrodd a ddewisoch y mae'n agor. Rhowch y cyfrinymadrodd i'r person arall mewn ffordd arall, byth gyda'r ffeil.</translation>
    </message>
    <message>
      <source>It is not encrypted: send it only through a secure channel.</source>
      <translation type="unfinished">Nid yw wedi'i amgryptio: anfonwch ef drwy sianel ddiogel yn unig.</translation>
    </message>
    <message>
      <source>Meeting record exported</source>
      <translation type="unfinished">Cofnod y cyfarfod wedi'i allforio</translation>
    </message>
    <message>
      <source>Saved {file}
in {folder}

{how}

On the other laptop, use File &gt; Import meeting record… to bring it in.</source>
      <translation type="unfinished">Wedi cadw {file}
yn {folder}

{how}

Ar y gliniadur arall, defnyddiwch Ffeil &gt; Mewnforio cofnod cyfarfod… i ddod ag ef i mewn.</translation>
    </message>
    <message>
      <source>Meeting record not exported</source>
      <translation type="unfinished">Cofnod y cyfarfod heb ei allforio</translation>
    </message>
    <message>
      <source>{file} could not be written: {reason}.</source>
      <translation type="unfinished">Nid oedd modd ysgrifennu {file}: {reason}.</translation>
    </message>
    <message>
      <source>Writing {file}…</source>
      <translation type="unfinished">Yn ysgrifennu {file}…</translation>
    </message>
    <message>
      <source>Import meeting record</source>
      <translation type="unfinished">Mewnforio cofnod cyfarfod</translation>
    </message>
    <message>
      <source>Meeting records (*.json *.chairpkg);;All files (*)</source>
      <translation type="unfinished">Cofnodion cyfarfodydd (*.json *.chairpkg);;Pob ffeil (*)</translation>
    </message>
    <message>
      <source>{file} could not be read: {reason}.</source>
      <translation type="unfinished">Nid oedd modd darllen {file}: {reason}.</translation>
    </message>
    <message>
      <source>Meeting record not imported</source>
      <translation type="unfinished">Cofnod y cyfarfod heb ei fewnforio</translation>
    </message>
    <message>
      <source>The record was not imported: some of what you typed in the open meeting is not saved yet.</source>
      <translation type="unfinished">Ni chafodd y cofnod ei fewnforio: nid yw rhywfaint o'r hyn a deipiwyd gennych yn y cyfarfod agored wedi'i gadw eto.</translation>
    </message>
    <message>
      <source>Opening {file}…</source>
      <translation type="unfinished">Yn agor {file}…</translation>
    </message>
    <message>
      <source>The record could not be imported: {reason}.</source>
      <translation type="unfinished">Nid oedd modd mewnforio'r cofnod: {reason}.</translation>
    </message>
    <message>
      <source>Importing the meeting record…</source>
      <translation type="unfinished">Yn mewnforio cofnod y cyfarfod…</translation>
    </message>
    <message>
      <source>Meeting record imported</source>
      <translation type="unfinished">Cofnod y cyfarfod wedi'i fewnforio</translation>
    </message>
    <message>
      <source>This laptop is already up to date with the file; nothing changed.</source>
      <translation type="unfinished">Mae'r gliniadur hwn eisoes yn gyfredol â'r ffeil; ni newidiodd dim.</translation>
    </message>
  </context>
  <context>
    <name>WithholdControl</name>
    <message>
      <source>Shared with everyone</source>
      <translation type="unfinished">Yn cael ei rannu â phawb</translation>
    </message>
    <message>
      <source>Withheld from the family</source>
      <translation type="unfinished">Wedi'i gadw rhag y teulu</translation>
    </message>
    <message>
      <source>Withheld from the family and 1 more person</source>
      <translation type="unfinished">Wedi'i gadw rhag y teulu ac 1 person arall</translation>
    </message>
    <message>
      <source>Withheld from the family and {count} people</source>
      <translation type="unfinished">Wedi'i gadw rhag y teulu a {count} o bobl eraill</translation>
    </message>
    <message>
      <source>Withheld from 1 person</source>
      <translation type="unfinished">Wedi'i gadw rhag 1 person</translation>
    </message>
    <message>
      <source>Withheld from {name}</source>
      <translation type="unfinished">Wedi'i gadw rhag {name}</translation>
    </message>
    <message>
      <source>Withheld from {count} people</source>
      <translation type="unfinished">Wedi'i gadw rhag {count} o bobl</translation>
    </message>
    <message>
      <source>{person} – family and friends</source>
      <translation type="unfinished">{person} – teulu a ffrindiau</translation>
    </message>
    <message>
      <source>Who may see {item}: {state}</source>
      <translation type="unfinished">Pwy gaiff weld {item}: {state}</translation>
    </message>
    <message>
      <source>Withheld from {whom}. Press to change.</source>
      <translation type="unfinished">Wedi'i gadw rhag {whom}. Pwyswch i newid.</translation>
    </message>
    <message>
      <source>Everyone sent a copy sees it. Press to keep it from someone.</source>
      <translation type="unfinished">Mae pawb sy'n cael copi yn ei weld. Pwyswch i'w gadw rhag rhywun.</translation>
    </message>
    <message>
      <source>Who may see this</source>
      <translation type="unfinished">Pwy gaiff weld hyn</translation>
    </message>
  </context>
  <context>
    <name>WithholdDialog</name>
    <message>
      <source>Who may see this</source>
      <translation type="unfinished">Pwy gaiff weld hyn</translation>
    </message>
    <message>
      <source>Who may see {item}?</source>
      <translation type="unfinished">Pwy gaiff weld {item}?</translation>
    </message>
    <message>
      <source>Anyone it is kept from gets a copy without it. The full record keeps it, marked with who it is withheld from.</source>
      <translation type="unfinished">Mae unrhyw un y caiff ei gadw rhagddynt yn cael copi hebddo. Mae'r cofnod llawn yn ei gadw, wedi'i nodi gyda phwy y caiff ei gadw rhagddynt.</translation>
    </message>
    <message>
      <source>Keep from the family and their advocates</source>
      <translation type="unfinished">Cadw rhag y teulu a'u heiriolwyr</translation>
    </message>
    <message>
      <source>Keep from the family and their advocates: every parent, relative, friend and advocate</source>
      <translation type="unfinished">Cadw rhag y teulu a'u heiriolwyr: pob rhiant, perthynas, ffrind ac eiriolwr</translation>
    </message>
    <message>
      <source>Keep it from these people by name:</source>
      <translation type="unfinished">Ei gadw rhag y bobl hyn wrth eu henw:</translation>
    </message>
    <message>
      <source>Keep it from {name}</source>
      <translation type="unfinished">Ei gadw rhag {name}</translation>
    </message>
    <message>
      <source>Covered by “Keep from the family and their advocates”.</source>
      <translation type="unfinished">Wedi'i gynnwys gan “Cadw rhag y teulu a'u heiriolwyr”.</translation>
    </message>
  </context>
</TS>
