<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Autosave</name>
    <message>
        <source>The disk is full: what you type is kept in this window and saved as soon as there is space. Do not close Chair.</source>
        <translation type="unfinished">Mae&apos;r ddisg yn llawn: mae&apos;r hyn rydych chi&apos;n ei deipio yn cael ei gadw yn y ffenestr hon, a bydd yn cael ei gadw ar y ddisg cyn gynted ag y bydd lle. Peidiwch â chau Chair.</translation>
    </message>
    <message>
        <source>The data file cannot be written to (it is read-only): what you type is kept in this window and saved as soon as it can be written again. Do not close Chair.</source>
        <translation type="unfinished">Does dim modd ysgrifennu i&apos;r ffeil ddata (mae&apos;n ffeil darllen yn unig): mae&apos;r hyn rydych chi&apos;n ei deipio yn cael ei gadw yn y ffenestr hon, a bydd yn cael ei gadw cyn gynted ag y bydd modd ysgrifennu iddi eto. Peidiwch â chau Chair.</translation>
    </message>
    <message>
        <source>The disk could not be written to (a disk error): what you type is kept in this window and saved as soon as the disk answers again. Do not close Chair.</source>
        <translation type="unfinished">Doedd dim modd ysgrifennu i&apos;r ddisg (gwall disg): mae&apos;r hyn rydych chi&apos;n ei deipio yn cael ei gadw yn y ffenestr hon, a bydd yn cael ei gadw cyn gynted ag y bydd y ddisg yn ateb eto. Peidiwch â chau Chair.</translation>
    </message>
    <message>
        <source>The data could not be saved: what you type is kept in this window and saved as soon as it can be. Do not close Chair.</source>
        <translation type="unfinished">Doedd dim modd cadw&apos;r data: mae&apos;r hyn rydych chi&apos;n ei deipio yn cael ei gadw yn y ffenestr hon, a bydd yn cael ei gadw cyn gynted ag y bo modd. Peidiwch â chau Chair.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished">Y cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished">Y cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished">Teipiwch ef eto</translation>
    </message>
    <message>
        <source>These records have no passphrase to change.</source>
        <translation type="unfinished">Does gan y cofnodion hyn ddim cyfrinymadrodd i&apos;w newid.</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation type="unfinished">Dydy&apos;r cyfrinymadrodd presennol ddim yn gywir.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished">Mae&apos;r cyfrinymadrodd newydd yr un fath â&apos;r un presennol.</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Find a family by anyone&apos;s name</source>
        <translation type="unfinished">Dod o hyd i deulu yn ôl enw unrhyw un</translation>
    </message>
    <message>
        <source>Find by a child&apos;s or adult&apos;s name</source>
        <translation type="unfinished">Chwilio yn ôl enw plentyn neu oedolyn</translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished">Teuluoedd</translation>
    </message>
    <message>
        <source>New family…</source>
        <translation type="unfinished">Teulu newydd…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished">Ailenwi…</translation>
    </message>
    <message>
        <source>No families yet. Press New family to add one.</source>
        <translation type="unfinished">Does dim teuluoedd eto. Pwyswch Teulu newydd i ychwanegu un.</translation>
    </message>
    <message>
        <source>Chronology of meetings</source>
        <translation type="unfinished">Cronoleg y cyfarfodydd</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished">Penderfyniadau</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished">Dyddiad nesaf</translation>
    </message>
    <message>
        <source>Due next and overdue</source>
        <translation type="unfinished">Yn ddyledus nesaf ac yn hwyr</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">Erbyn</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Beth</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished">Sut mae pethau</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation type="unfinished">Cyfarfod newydd…</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation type="unfinished">Agor y cyfarfod</translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation type="unfinished">Allforio&apos;r cofnodion…</translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished">Plant</translation>
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
        <source>Plan</source>
        <translation type="unfinished">Cynllun</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished">Categorïau</translation>
    </message>
    <message>
        <source>Add child…</source>
        <translation type="unfinished">Ychwanegu plentyn…</translation>
    </message>
    <message>
        <source>Edit child…</source>
        <translation type="unfinished">Golygu plentyn…</translation>
    </message>
    <message>
        <source>Remove child</source>
        <translation type="unfinished">Tynnu plentyn</translation>
    </message>
    <message>
        <source>Record the birth…</source>
        <translation type="unfinished">Cofnodi&apos;r enedigaeth…</translation>
    </message>
    <message>
        <source>Record the birth of the selected child, who is not born yet</source>
        <translation type="unfinished">Cofnodi genedigaeth y plentyn a ddewiswyd, nad yw wedi&apos;i eni eto</translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished">Rhwydwaith</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rôl</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished">Asiantaeth</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished">Gweithiwr proffesiynol</translation>
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
        <source>Add person…</source>
        <translation type="unfinished">Ychwanegu person…</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation type="unfinished">Golygu person…</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished">Tynnu person</translation>
    </message>
    <message>
        <source>Meetings, newest first</source>
        <translation type="unfinished">Cyfarfodydd, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Found: {names}</source>
        <translation type="unfinished">Wedi&apos;u canfod: {names}</translation>
    </message>
    <message>
        <source>No family has a child or adult called “{name}”.</source>
        <translation type="unfinished">Does gan yr un teulu blentyn neu oedolyn o&apos;r enw “{name}”.</translation>
    </message>
    <message>
        <source>No family matches the search. Clear the search to see every family.</source>
        <translation type="unfinished">Does dim teulu&apos;n cyfateb i&apos;r chwiliad. Cliriwch y chwiliad i weld pob teulu.</translation>
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
        <source>No decisions recorded</source>
        <translation type="unfinished">Dim penderfyniadau wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>Working out what is due…</source>
        <translation type="unfinished">Wrthi&apos;n cyfrifo beth sy&apos;n ddyledus…</translation>
    </message>
    <message>
        <source>What is due could not be worked out. Choose the family again to try again.</source>
        <translation type="unfinished">Doedd dim modd cyfrifo beth sy&apos;n ddyledus. Dewiswch y teulu eto i roi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Nothing is due yet.</source>
        <translation type="unfinished">Does dim byd yn ddyledus eto.</translation>
    </message>
    <message>
        <source>Open meeting (not started)</source>
        <translation type="unfinished">Agor y cyfarfod (heb ddechrau)</translation>
    </message>
    <message>
        <source>New family</source>
        <translation type="unfinished">Teulu newydd</translation>
    </message>
    <message>
        <source>Rename family</source>
        <translation type="unfinished">Ailenwi&apos;r teulu</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished">Cyfarfod newydd</translation>
    </message>
    <message>
        <source>Add the people in the network first: a meeting needs a chair and a minute-taker, who are two different people.</source>
        <translation type="unfinished">Ychwanegwch y bobl yn y rhwydwaith yn gyntaf: mae angen cadeirydd a chofnodwr ar gyfarfod, a rhaid iddyn nhw fod yn ddau berson gwahanol.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
        <source>Record the birth</source>
        <translation type="unfinished">Cofnodi&apos;r enedigaeth</translation>
    </message>
    <message>
        <source>Remove {name} from this family?</source>
        <translation type="unfinished">Tynnu {name} o&apos;r teulu hwn?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Tynnu</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <source>Remove {name} from the network?</source>
        <translation type="unfinished">Tynnu {name} o&apos;r rhwydwaith?</translation>
    </message>
</context>
<context>
    <name>FirstScreenPage</name>
    <message>
        <source>Families</source>
        <translation type="unfinished">Teuluoedd</translation>
    </message>
    <message>
        <source>Opening the rest of your records… The families can be used in a moment.</source>
        <translation type="unfinished">Wrthi&apos;n agor gweddill eich cofnodion… Gallwch ddefnyddio&apos;r teuluoedd mewn eiliad.</translation>
    </message>
    <message>
        <source>Families (opening)</source>
        <translation type="unfinished">Teuluoedd (wrthi&apos;n agor)</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary: what the words mean</source>
        <translation type="unfinished">Geirfa: beth mae&apos;r geiriau&apos;n ei olygu</translation>
    </message>
    <message>
        <source>Words that workers use at these meetings, and what they mean.</source>
        <translation type="unfinished">Geiriau y mae gweithwyr yn eu defnyddio yn y cyfarfodydd hyn, a&apos;u hystyr.</translation>
    </message>
    <message>
        <source>Look for a word</source>
        <translation type="unfinished">Chwilio am air</translation>
    </message>
    <message>
        <source>Look for a word, for example CIN</source>
        <translation type="unfinished">Chwilio am air, er enghraifft CIN</translation>
    </message>
    <message>
        <source>Words and their meanings</source>
        <translation type="unfinished">Geiriau a&apos;u hystyron</translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished">Gair</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished">Ei ystyr</translation>
    </message>
    <message>
        <source>Also written: {spellings}.</source>
        <translation type="unfinished">Hefyd wedi&apos;i ysgrifennu: {spellings}.</translation>
    </message>
    <message>
        <source>No word matches. Try fewer letters.</source>
        <translation type="unfinished">Does dim gair yn cyfateb. Rhowch gynnig ar lai o lythrennau.</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>The language is changed for now, but Chair could not keep the choice in its data folder ({folder}): it will open in the earlier language next time.</source>
        <translation type="unfinished">Mae&apos;r iaith wedi&apos;i newid am y tro, ond doedd Chair ddim yn gallu cadw&apos;r dewis yn ei ffolder data ({folder}): bydd yn agor yn yr iaith flaenorol y tro nesaf.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished">Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>Chair met an unexpected error. What you had saved is safe; the last thing you did may not have been saved.</source>
        <translation type="unfinished">Cafodd Chair wall annisgwyl. Mae&apos;r hyn roeddech chi wedi&apos;i gadw yn ddiogel; efallai nad yw&apos;r peth olaf i chi ei wneud wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>The data file is damaged: your passphrase opens its backups but not the file itself. Chair has not changed it. You can open the latest good backup: the damaged file is kept aside, not deleted.</source>
        <translation type="unfinished">Mae&apos;r ffeil ddata wedi&apos;i difrodi: mae eich cyfrinymadrodd yn agor ei chopïau wrth gefn ond nid y ffeil ei hun. Dydy Chair ddim wedi&apos;i newid. Gallwch agor y copi wrth gefn da diweddaraf: mae&apos;r ffeil sydd wedi&apos;i difrodi yn cael ei chadw o&apos;r neilltu, nid ei dileu.</translation>
    </message>
    <message>
        <source>Change of passphrase</source>
        <translation type="unfinished">Newid cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Opened the backup of {backup}.</source>
        <translation type="unfinished">Wedi agor copi wrth gefn {backup}.</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation type="unfinished">Copi wrth gefn wedi&apos;i agor</translation>
    </message>
    <message>
        <source>The data file was damaged. Chair has opened the backup of {backup}; anything recorded after it is not in it. The damaged file is kept in the data folder {folder}, in a folder named damaged-…, for IT support.</source>
        <translation type="unfinished">Roedd y ffeil ddata wedi&apos;i difrodi. Mae Chair wedi agor copi wrth gefn {backup}; dydy dim a gofnodwyd ar ei ôl ynddo. Mae&apos;r ffeil sydd wedi&apos;i difrodi yn cael ei chadw yn y ffolder data {folder}, mewn ffolder o&apos;r enw damaged-…, ar gyfer cymorth TG.</translation>
    </message>
    <message>
        <source>Chair could not make its start-up backup.</source>
        <translation type="unfinished">Doedd Chair ddim yn gallu gwneud ei gopi wrth gefn wrth agor.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chair</source>
        <translation type="unfinished">Chair</translation>
    </message>
    <message>
        <source>Saving has stopped</source>
        <translation type="unfinished">Mae&apos;r cadw wedi stopio</translation>
    </message>
    <message>
        <source>Opening your meetings…</source>
        <translation type="unfinished">Wrthi&apos;n agor eich cyfarfodydd…</translation>
    </message>
    <message>
        <source>Open the latest good backup</source>
        <translation type="unfinished">Agor y copi wrth gefn da diweddaraf</translation>
    </message>
    <message>
        <source>Set the damaged data file aside and open the newest backup that passes its check</source>
        <translation type="unfinished">Rhoi&apos;r ffeil ddata sydd wedi&apos;i difrodi o&apos;r neilltu ac agor y copi wrth gefn mwyaf diweddar sy&apos;n pasio ei wiriad</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation type="unfinished">Teulu &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>&amp;Check a minutes file…</source>
        <translation type="unfinished">G&amp;wirio ffeil cofnodion…</translation>
    </message>
    <message>
        <source>Check whether an exported Word or PDF file is the agreed minutes, a draft, or changed</source>
        <translation type="unfinished">Gwirio ai ffeil Word neu PDF a allforiwyd yw&apos;r cofnodion y cytunwyd arnyn nhw, drafft, neu ffeil sydd wedi&apos;i newid</translation>
    </message>
    <message>
        <source>E&amp;xport meeting record…</source>
        <translation type="unfinished">Allf&amp;orio cofnod cyfarfod…</translation>
    </message>
    <message>
        <source>Write the selected meeting&apos;s full record, for another laptop running Chair</source>
        <translation type="unfinished">Ysgrifennu cofnod llawn y cyfarfod a ddewiswyd, ar gyfer gliniadur arall sy&apos;n rhedeg Chair</translation>
    </message>
    <message>
        <source>&amp;Import meeting record…</source>
        <translation type="unfinished">&amp;Mewnforio cofnod cyfarfod…</translation>
    </message>
    <message>
        <source>Bring in a meeting record (or an encrypted package) from another laptop</source>
        <translation type="unfinished">Dod â chofnod cyfarfod (neu becyn wedi&apos;i amgryptio) o liniadur arall</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">&amp;Adfer copi wrth gefn…</translation>
    </message>
    <message>
        <source>Put the data back as it was in one of the backups Chair keeps</source>
        <translation type="unfinished">Rhoi&apos;r data yn ôl fel yr oedd yn un o&apos;r copïau wrth gefn y mae Chair yn eu cadw</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished">Newid y c&amp;yfrinymadrodd…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished">&amp;Cloi nawr</translation>
    </message>
    <message>
        <source>Hide the record until the passphrase is typed again</source>
        <translation type="unfinished">Cuddio&apos;r cofnod nes i&apos;r cyfrinymadrodd gael ei deipio eto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">Gad&amp;ael</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Gweld</translation>
    </message>
    <message>
        <source>&amp;Plain words</source>
        <translation type="unfinished">&amp;Geiriau syml</translation>
    </message>
    <message>
        <source>Plain words cannot be shown: {problem}</source>
        <translation type="unfinished">Does dim modd dangos geiriau syml: {problem}</translation>
    </message>
    <message>
        <source>Show every meeting in short everyday words, with a guide for the chair</source>
        <translation type="unfinished">Dangos pob cyfarfod mewn geiriau byr bob dydd, gyda chanllaw i&apos;r cadeirydd</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Iaith</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;Glossary: what the words mean…</source>
        <translation type="unfinished">G&amp;eirfa: beth mae&apos;r geiriau&apos;n ei olygu…</translation>
    </message>
    <message>
        <source>&amp;About Chair…</source>
        <translation type="unfinished">&amp;Ynghylch Chair…</translation>
    </message>
    <message>
        <source>The language has not been changed, because some of what you typed could not be saved: {problem}

Free some space (or fix the problem) and try again.</source>
        <translation type="unfinished">Dydy&apos;r iaith ddim wedi&apos;i newid, oherwydd doedd dim modd cadw rhywfaint o&apos;r hyn a deipiwyd gennych: {problem}

Rhyddhewch rywfaint o le (neu datryswch y broblem) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>the data could not be written.</source>
        <translation type="unfinished">doedd dim modd ysgrifennu&apos;r data.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <source>About Chair</source>
        <translation type="unfinished">Ynghylch Chair</translation>
    </message>
    <message>
        <source>Chair, version {version}</source>
        <translation type="unfinished">Chair, fersiwn {version}</translation>
    </message>
    <message>
        <source>Chairing and minuting child-protection meetings.

{reviewed} of {translated} Welsh texts have been reviewed by a Welsh speaker; the others await review.</source>
        <translation type="unfinished">Cadeirio a chofnodi cyfarfodydd amddiffyn plant.

Mae siaradwr Cymraeg wedi adolygu {reviewed} o&apos;r {translated} testun Cymraeg; mae&apos;r lleill yn aros i gael eu hadolygu.</translation>
    </message>
    <message>
        <source>Chair cannot open your data.

{message}</source>
        <translation type="unfinished">Dydy Chair ddim yn gallu agor eich data.

{message}</translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation type="unfinished">Wrthi&apos;n ysgrifennu&apos;r cofnodion…</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation type="unfinished">Ffolder data: {folder}</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation type="unfinished">Agor y cyfarfod</translation>
    </message>
    <message>
        <source>Saving has stopped. {reason}</source>
        <translation type="unfinished">Mae&apos;r cadw wedi stopio. {reason}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished">Heb ei gadw eto</translation>
    </message>
    <message>
        <source>Some of what you typed is not saved yet: {problem}

Free some space (or fix the problem) and try again. If you leave now, what you typed since saving stopped is lost.</source>
        <translation type="unfinished">Dydy rhywfaint o&apos;r hyn a deipiwyd gennych ddim wedi&apos;i gadw eto: {problem}

Rhyddhewch rywfaint o le (neu datryswch y broblem) a rhowch gynnig arall arni. Os byddwch chi&apos;n gadael nawr, bydd yr hyn a deipiwyd gennych ers i&apos;r cadw stopio yn cael ei golli.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <source>Lose what is not saved?</source>
        <translation type="unfinished">Colli&apos;r hyn sydd heb ei gadw?</translation>
    </message>
    <message>
        <source>What you typed since saving stopped will be lost. Leave anyway?</source>
        <translation type="unfinished">Bydd yr hyn a deipiwyd gennych ers i&apos;r cadw stopio yn cael ei golli. Gadael beth bynnag?</translation>
    </message>
    <message>
        <source>Leave and lose it</source>
        <translation type="unfinished">Gadael a&apos;i golli</translation>
    </message>
    <message>
        <source>Minutes saved in {folder}</source>
        <translation type="unfinished">Cofnodion wedi&apos;u cadw yn {folder}</translation>
    </message>
    <message>
        <source>Minutes exported</source>
        <translation type="unfinished">Cofnodion wedi&apos;u hallforio</translation>
    </message>
    <message>
        <source>The minutes were not exported.</source>
        <translation type="unfinished">Chafodd y cofnodion mo&apos;u hallforio.</translation>
    </message>
    <message>
        <source>Minutes not exported</source>
        <translation type="unfinished">Cofnodion heb eu hallforio</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished">Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <source>Chair keeps what you record on this computer, locked with a passphrase. You type it each time Chair opens. Chair does not keep it anywhere, so nobody can get it back if it is lost, not even IT support. Keep a note of it somewhere safe, away from this computer.</source>
        <translation type="unfinished">Mae Chair yn cadw&apos;r hyn rydych chi&apos;n ei gofnodi ar y cyfrifiadur hwn, wedi&apos;i gloi â chyfrinymadrodd. Rydych chi&apos;n ei deipio bob tro mae Chair yn agor. Dydy Chair ddim yn ei gadw yn unman, felly all neb ei gael yn ôl os caiff ei golli, hyd yn oed y tîm cymorth TG. Cadwch nodyn ohono rywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Set passphrase and open</source>
        <translation type="unfinished">Gosod y cyfrinymadrodd ac agor</translation>
    </message>
    <message>
        <source>Choose a passphrase to lock your records</source>
        <translation type="unfinished">Dewiswch gyfrinymadrodd i gloi eich cofnodion</translation>
    </message>
    <message>
        <source>This version of Chair locks your records with a passphrase, so that nobody who finds this computer can read them. Chair first makes a backup, then locks the records, checks that every entry is there, and removes the backups that are not locked. Chair does not keep the passphrase anywhere: keep a note of it somewhere safe.</source>
        <translation type="unfinished">Mae&apos;r fersiwn hon o Chair yn cloi eich cofnodion â chyfrinymadrodd, fel na all neb sy&apos;n dod o hyd i&apos;r cyfrifiadur hwn eu darllen. Yn gyntaf mae Chair yn gwneud copi wrth gefn, yna&apos;n cloi&apos;r cofnodion, yn gwirio bod pob cofnod yno, ac yn dileu&apos;r copïau wrth gefn sydd heb eu cloi. Dydy Chair ddim yn cadw&apos;r cyfrinymadrodd yn unman: cadwch nodyn ohono rywle diogel.</translation>
    </message>
    <message>
        <source>Lock my records and open</source>
        <translation type="unfinished">Cloi fy nghofnodion ac agor</translation>
    </message>
    <message>
        <source>Type your passphrase</source>
        <translation type="unfinished">Teipiwch eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Your records are locked with the passphrase you chose.</source>
        <translation type="unfinished">Mae eich cofnodion wedi&apos;u cloi â&apos;r cyfrinymadrodd a ddewisoch chi.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Agor</translation>
    </message>
    <message>
        <source>Chair is locked</source>
        <translation type="unfinished">Mae Chair wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Chair hides the record when it is locked, or when it is left unused for a while. Everything you typed is saved. Type your passphrase to go on.</source>
        <translation type="unfinished">Mae Chair yn cuddio&apos;r cofnod pan fydd wedi&apos;i gloi, neu pan na chaiff ei ddefnyddio am sbel. Mae popeth a deipiwyd gennych wedi&apos;i gadw. Teipiwch eich cyfrinymadrodd i fwrw ymlaen.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Datgloi</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished">Teipiwch ef eto</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished">Y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished">Dangos yr hyn rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <source>Show the passphrase as it is typed</source>
        <translation type="unfinished">Dangos y cyfrinymadrodd wrth iddo gael ei deipio</translation>
    </message>
    <message>
        <source>Open the latest good backup</source>
        <translation type="unfinished">Agor y copi wrth gefn da diweddaraf</translation>
    </message>
    <message>
        <source>Set the damaged data file aside and open the newest backup that passes its check</source>
        <translation type="unfinished">Rhoi&apos;r ffeil ddata sydd wedi&apos;i difrodi o&apos;r neilltu ac agor y copi wrth gefn mwyaf diweddar sy&apos;n pasio ei wiriad</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished">Teipiwch eich cyfrinymadrodd.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">Adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>Chair backs up the data when it opens and when a meeting closes. Choose the backup to go back to (newest first). You are asked before anything changes.</source>
        <translation type="unfinished">Mae Chair yn gwneud copi wrth gefn o&apos;r data pan fydd yn agor a phan fydd cyfarfod yn cau. Dewiswch y copi wrth gefn i fynd yn ôl ato (y diweddaraf yn gyntaf). Cewch eich holi cyn i unrhyw beth newid.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished">Copïau wrth gefn, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>{backup}: made under an earlier passphrase</source>
        <translation type="unfinished">{backup}: wedi&apos;i wneud dan gyfrinymadrodd cynharach</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished">Adfer…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <source>Nation: whose bank holidays count as closed days</source>
        <translation type="unfinished">Gwlad: gwyliau banc pa wlad sy&apos;n cyfrif fel diwrnodau ar gau</translation>
    </message>
    <message>
        <source>Timescale policy</source>
        <translation type="unfinished">Polisi amserlenni</translation>
    </message>
    <message>
        <source>The nation&apos;s default</source>
        <translation type="unfinished">Rhagosodiad y wlad</translation>
    </message>
    <message>
        <source>Some policy files could not be used:</source>
        <translation type="unfinished">Doedd dim modd defnyddio rhai ffeiliau polisi:</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation type="unfinished">Gwlad</translation>
    </message>
    <message>
        <source>Timescales</source>
        <translation type="unfinished">Amserlenni</translation>
    </message>
    <message>
        <source>Number of backups kept</source>
        <translation type="unfinished">Nifer y copïau wrth gefn a gedwir</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation type="unfinished">Copïau wrth gefn a gedwir</translation>
    </message>
    <message>
        <source>Days for which one backup a day is kept</source>
        <translation type="unfinished">Nifer y diwrnodau y cedwir un copi wrth gefn y dydd ar eu cyfer</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> diwrnod</translation>
    </message>
    <message>
        <source>Also one a day for</source>
        <translation type="unfinished">Hefyd un y dydd am</translation>
    </message>
    <message>
        <source>Weeks for which one backup a week is kept</source>
        <translation type="unfinished">Nifer yr wythnosau y cedwir un copi wrth gefn yr wythnos ar eu cyfer</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"> wythnos</translation>
    </message>
    <message>
        <source>And one a week for</source>
        <translation type="unfinished">Ac un yr wythnos am</translation>
    </message>
    <message>
        <source>Largest meeting record imported, in megabytes</source>
        <translation type="unfinished">Y cofnod cyfarfod mwyaf a fewnforir, mewn megabeitiau</translation>
    </message>
    <message>
        <source>Largest record imported</source>
        <translation type="unfinished">Y cofnod mwyaf a fewnforir</translation>
    </message>
    <message>
        <source>Minutes without use before Chair locks</source>
        <translation type="unfinished">Munudau heb ddefnydd cyn i Chair gloi</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"> munud</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished">Cloi ar ôl</translation>
    </message>
    <message>
        <source>Text size, in per cent</source>
        <translation type="unfinished">Maint y testun, fel canran</translation>
    </message>
    <message>
        <source>From 100% to 200% of the usual text size</source>
        <translation type="unfinished">O 100% i 200% o faint arferol y testun</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Maint y testun</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Black text on white, black borders and a yellow highlight on the focused control</source>
        <translation type="unfinished">Testun du ar wyn, ymylon du ac amlygu melyn ar y rheolydd sydd â&apos;r ffocws</translation>
    </message>
    <message>
        <source>Your IT department&apos;s settings file could not all be used:</source>
        <translation type="unfinished">Doedd dim modd defnyddio ffeil gosodiadau eich adran TG i gyd:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished">Iaith y ffenestr</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation type="unfinished">Wedi&apos;i osod gan eich adran TG</translation>
    </message>
    <message>
        <source>Your IT department&apos;s default</source>
        <translation type="unfinished">Rhagosodiad eich adran TG</translation>
    </message>
    <message>
        <source>Chosen here</source>
        <translation type="unfinished">Wedi&apos;i ddewis yma</translation>
    </message>
    <message>
        <source>After a pre-birth initial conference, the earlier of:</source>
        <translation type="unfinished">Ar ôl cynhadledd gychwynnol cyn geni, pa un bynnag sydd gyntaf o&apos;r canlynol:</translation>
    </message>
    <message>
        <source>The policy {policy} is for {nation}. Choose {nation} as the nation, or another policy.</source>
        <translation type="unfinished">Mae&apos;r polisi {policy} ar gyfer {nation}. Dewiswch {nation} fel y wlad, neu bolisi arall.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished">Adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <translation type="unfinished">Does dim copïau wrth gefn yn {folder} eto.</translation>
    </message>
    <message>
        <source>Put the data back as it was on {backup}?

Everything recorded since then will be replaced. The data as it is now is backed up first, so you can go back to it by restoring that backup. The window will then reopen the data.</source>
        <translation type="unfinished">Rhoi&apos;r data yn ôl fel yr oedd ar {backup}?

Bydd popeth a gofnodwyd ers hynny yn cael ei ddisodli. Mae copi wrth gefn o&apos;r data fel y mae nawr yn cael ei wneud yn gyntaf, felly gallwch fynd yn ôl ato drwy adfer y copi hwnnw. Yna bydd y ffenestr yn ailagor y data.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished">Adfer</translation>
    </message>
    <message>
        <source>Backup restored; the data has been reopened.</source>
        <translation type="unfinished">Copi wrth gefn wedi&apos;i adfer; mae&apos;r data wedi&apos;i ailagor.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished">Copi wrth gefn wedi&apos;i adfer</translation>
    </message>
    <message>
        <source>The data is back as it was on {backup}, and the window has reopened it.

The data as it was before is kept in the backup {before}.</source>
        <translation type="unfinished">Mae&apos;r data yn ôl fel yr oedd ar {backup}, ac mae&apos;r ffenestr wedi&apos;i ailagor.

Mae&apos;r data fel yr oedd o&apos;r blaen yn cael ei gadw yn y copi wrth gefn {before}.</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation type="unfinished">Copi wrth gefn heb ei adfer</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished">Gosodiadau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>Check a minutes file</source>
        <translation type="unfinished">Gwirio ffeil cofnodion</translation>
    </message>
    <message>
        <source>Minutes (*.docx *.pdf);;All files (*)</source>
        <translation type="unfinished">Cofnodion (*.docx *.pdf);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio {file}…</translation>
    </message>
    <message>
        <source>The agreed minutes</source>
        <translation type="unfinished">Y cofnodion y cytunwyd arnyn nhw</translation>
    </message>
    <message>
        <source>Not the agreed minutes</source>
        <translation type="unfinished">Nid y cofnodion y cytunwyd arnyn nhw</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished">Heb ei gwirio</translation>
    </message>
    <message>
        <source>{file} could not be checked: {error}.</source>
        <translation type="unfinished">Doedd dim modd gwirio {file}: {error}.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished">Geirfa</translation>
    </message>
    <message>
        <source>The glossary cannot be shown. {problem}</source>
        <translation type="unfinished">Does dim modd dangos yr eirfa. {problem}</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>This is the demo: its passphrase is {passphrase}.</source>
        <translation type="unfinished">Dyma&apos;r fersiwn arddangos: ei gyfrinymadrodd yw {passphrase}.</translation>
    </message>
    <message>
        <source>That is not the passphrase. Check it (capital letters count) and try again.</source>
        <translation type="unfinished">Nid dyna&apos;r cyfrinymadrodd. Gwiriwch ef (mae priflythrennau&apos;n cyfrif) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished">Cyfrinymadrodd wedi&apos;i newid</translation>
    </message>
    <message>
        <source>The records and their backups are now locked with the new passphrase. The old one no longer opens them.</source>
        <translation type="unfinished">Mae&apos;r cofnodion a&apos;u copïau wrth gefn bellach wedi&apos;u cloi â&apos;r cyfrinymadrodd newydd. Dydy&apos;r hen un ddim yn eu hagor mwyach.</translation>
    </message>
</context>
</TS>
