<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
  <context>
    <name>Cli</name>
    <message>
      <source>IT's machine-wide configuration folder</source>
      <translation type="unfinished">ffolder ffurfweddu TG ar gyfer y peiriant cyfan</translation>
    </message>
    <message>
      <source>check a configuration folder and print every problem (exit 0 clean, 1 problems, 2 no folder)</source>
      <translation type="unfinished">gwirio ffolder ffurfweddu ac argraffu pob problem (gadael 0 yn lân, 1 problemau, 2 dim ffolder)</translation>
    </message>
    <message>
      <source>the folder (default: this laptop's)</source>
      <translation type="unfinished">y ffolder (diofyn: un y gliniadur hwn)</translation>
    </message>
    <message>
      <source>{folder}: {count} problem(s)</source>
      <translation type="unfinished">{folder}: nifer y problemau: {count}</translation>
    </message>
    <message>
      <source>{folder}: no problems</source>
      <translation type="unfinished">{folder}: dim problemau</translation>
    </message>
    <message>
      <source>create the fictional demo family</source>
      <translation type="unfinished">creu'r teulu enghreifftiol dychmygol</translation>
    </message>
    <message>
      <source>warning: {problem}</source>
      <translation type="unfinished">rhybudd: {problem}</translation>
    </message>
    <message>
      <source>The demo family is in {folder}</source>
      <translation type="unfinished">Mae'r teulu enghreifftiol yn {folder}</translation>
    </message>
    <message>
      <source>export a closed meeting's minutes</source>
      <translation type="unfinished">allforio cofnodion cyfarfod sydd wedi'i gau</translation>
    </message>
    <message>
      <source>replace the file if it exists</source>
      <translation type="unfinished">disodli'r ffeil os yw'n bodoli</translation>
    </message>
    <message>
      <source>protect the file with the password in FILE (its first line), for sending by email</source>
      <translation type="unfinished">diogelu'r ffeil â'r cyfrinair yn FILE (ei llinell gyntaf), i'w hanfon drwy e-bost</translation>
    </message>
    <message>
      <source>full (the default), family-summary, or person:ID (that person's copy)</source>
      <translation type="unfinished">full (y diofyn), family-summary, neu person:ID (copi'r unigolyn hwnnw)</translation>
    </message>
    <message>
      <source>the password file {file} cannot be read.</source>
      <translation type="unfinished">ni ellir darllen y ffeil cyfrinair {file}.</translation>
    </message>
    <message>
      <source>Add --overwrite to replace it.</source>
      <translation type="unfinished">Ychwanegwch --overwrite i'w disodli.</translation>
    </message>
    <message>
      <source>there is no meeting {id}.</source>
      <translation type="unfinished">nid oes cyfarfod {id}.</translation>
    </message>
    <message>
      <source>Wrote {file} (protected with the password)</source>
      <translation type="unfinished">Ysgrifennwyd {file} (wedi'i diogelu â'r cyfrinair)</translation>
    </message>
    <message>
      <source>Wrote {file}</source>
      <translation type="unfinished">Ysgrifennwyd {file}</translation>
    </message>
    <message>
      <source>there is no person {person} in meeting {meeting}. See chair-app people {meeting}.</source>
      <translation type="unfinished">nid oes unigolyn {person} yng nghyfarfod {meeting}. Gweler chair-app people {meeting}.</translation>
    </message>
    <message>
      <source>--copy must be full, family-summary or person:ID, not {text}</source>
      <translation type="unfinished">rhaid i --copy fod yn full, family-summary neu person:ID, nid {text}</translation>
    </message>
    <message>
      <source>write a meeting's full record (with the family's earlier meetings) as JSON</source>
      <translation type="unfinished">ysgrifennu cofnod llawn cyfarfod (gyda chyfarfodydd cynharach y teulu) fel JSON</translation>
    </message>
    <message>
      <source>write an encrypted package (*{suffix}) sealed with the passphrase in FILE (its first line); an --output ending in {suffix} without it asks for the passphrase on the terminal</source>
      <translation type="unfinished">ysgrifennu pecyn wedi'i amgryptio (*{suffix}) wedi'i selio â'r cyfrinymadrodd yn FILE (ei llinell gyntaf); heb hyn, mae --output sy'n gorffen yn {suffix} yn gofyn am y cyfrinymadrodd yn y derfynell</translation>
    </message>
    <message>
      <source>package passphrase</source>
      <translation type="unfinished">cyfrinymadrodd pecyn</translation>
    </message>
    <message>
      <source>{file} names an encrypted package ({suffix}), and there is no terminal to ask for its passphrase: give --package-passphrase-file FILE, or choose an --output ending in .json for a record that is not encrypted.</source>
      <translation type="unfinished">mae {file} yn enwi pecyn wedi'i amgryptio ({suffix}), ac nid oes terfynell i ofyn am ei gyfrinymadrodd: rhowch --package-passphrase-file FILE, neu dewiswch --output sy'n gorffen yn .json ar gyfer cofnod nad yw wedi'i amgryptio.</translation>
    </message>
    <message>
      <source>Passphrase for the package: </source>
      <translation type="unfinished">Cyfrinymadrodd y pecyn: </translation>
    </message>
    <message>
      <source>Type the package's passphrase again: </source>
      <translation type="unfinished">Teipiwch gyfrinymadrodd y pecyn eto: </translation>
    </message>
    <message>
      <source>the package's passphrase cannot be used. {problem}</source>
      <translation type="unfinished">ni ellir defnyddio cyfrinymadrodd y pecyn. {problem}</translation>
    </message>
    <message>
      <source>{file} already exists. Add --overwrite to replace it.</source>
      <translation type="unfinished">mae {file} yn bodoli eisoes. Ychwanegwch --overwrite i'w disodli.</translation>
    </message>
    <message>
      <source>there is no folder {folder}.</source>
      <translation type="unfinished">nid oes ffolder {folder}.</translation>
    </message>
    <message>
      <source>{file} cannot be written: {reason}.</source>
      <translation type="unfinished">ni ellir ysgrifennu {file}: {reason}.</translation>
    </message>
    <message>
      <source>Wrote {file} (an encrypted package; it opens only with its passphrase)</source>
      <translation type="unfinished">Ysgrifennwyd {file} (pecyn wedi'i amgryptio; dim ond â'i gyfrinymadrodd y mae'n agor)</translation>
    </message>
    <message>
      <source>note: {name} does not end in {suffix}; it is an encrypted package all the same.</source>
      <translation type="unfinished">nodyn: nid yw {name} yn gorffen yn {suffix}; pecyn wedi'i amgryptio ydyw serch hynny.</translation>
    </message>
    <message>
      <source>list families and meetings with their ids</source>
      <translation type="unfinished">rhestru teuluoedd a chyfarfodydd gyda'u rhifau adnabod</translation>
    </message>
    <message>
      <source>also list each meeting's people with their ids (for export --copy person:ID)</source>
      <translation type="unfinished">rhestru hefyd bobl pob cyfarfod gyda'u rhifau adnabod (ar gyfer export --copy person:ID)</translation>
    </message>
    <message>
      <source>No families yet.</source>
      <translation type="unfinished">Dim teuluoedd eto.</translation>
    </message>
    <message>
      <source>Family {id}: {name}</source>
      <translation type="unfinished">Teulu {id}: {name}</translation>
    </message>
    <message>
      <source>Meeting {id}: {type}, {date}, {status}</source>
      <translation type="unfinished">Cyfarfod {id}: {type}, {date}, {status}</translation>
    </message>
    <message>
      <source>bring in a meeting record (JSON or an encrypted package) written by export-record</source>
      <translation type="unfinished">dod â chofnod cyfarfod i mewn (JSON neu becyn wedi'i amgryptio) a ysgrifennwyd gan export-record</translation>
    </message>
    <message>
      <source>the passphrase of an encrypted package, from FILE (its first line) instead of asking for it</source>
      <translation type="unfinished">cyfrinymadrodd pecyn wedi'i amgryptio, o FILE (ei llinell gyntaf) yn hytrach na gofyn amdano</translation>
    </message>
    <message>
      <source>the family here the record is for</source>
      <translation type="unfinished">y teulu yma y mae'r cofnod ar ei gyfer</translation>
    </message>
    <message>
      <source>add the record's family as a new family</source>
      <translation type="unfinished">ychwanegu teulu'r cofnod fel teulu newydd</translation>
    </message>
    <message>
      <source>settle every difference with a meeting changed here with this side</source>
      <translation type="unfinished">datrys pob gwahaniaeth â chyfarfod a newidiwyd yma gyda'r ochr hon</translation>
    </message>
    <message>
      <source>note: {name} is not an encrypted package; --package-passphrase-file is not needed.</source>
      <translation type="unfinished">nodyn: nid yw {name} yn becyn wedi'i amgryptio; nid oes angen --package-passphrase-file.</translation>
    </message>
    <message>
      <source>There is no file {file}.</source>
      <translation type="unfinished">Nid oes ffeil {file}.</translation>
    </message>
    <message>
      <source>Passphrase for the package {name}: </source>
      <translation type="unfinished">Cyfrinymadrodd y pecyn {name}: </translation>
    </message>
    <message>
      <source>{name} is an encrypted package: give --package-passphrase-file FILE, or run the command in a terminal to type its passphrase.</source>
      <translation type="unfinished">mae {name} yn becyn wedi'i amgryptio: rhowch --package-passphrase-file FILE, neu rhedwch y gorchymyn mewn terfynell i deipio ei gyfrinymadrodd.</translation>
    </message>
    <message>
      <source>nothing was imported: {problem}</source>
      <translation type="unfinished">ni fewnforiwyd dim: {problem}</translation>
    </message>
    <message>
      <source>Families here that may be the same:</source>
      <translation type="unfinished">Teuluoedd yma a allai fod yr un rhai:</translation>
    </message>
    <message>
      <source>Family {id}: {name} (children: {children}; {reasons})</source>
      <translation type="unfinished">Teulu {id}: {name} (plant: {children}; {reasons})</translation>
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished">dim</translation>
    </message>
    <message>
      <source>Run again with --family ID or --new-family.</source>
      <translation type="unfinished">Rhedwch eto gyda --family ID neu --new-family.</translation>
    </message>
    <message>
      <source>Nothing was imported. Run again with --take incoming or --take local.</source>
      <translation type="unfinished">Ni fewnforiwyd dim. Rhedwch eto gyda --take incoming neu --take local.</translation>
    </message>
    <message>
      <source>print the latest date a meeting (or the minutes) is due</source>
      <translation type="unfinished">argraffu'r dyddiad olaf y mae cyfarfod (neu'r cofnodion) yn ddyledus</translation>
    </message>
    <message>
      <source>Print the latest date that keeps within a statutory timescale. Working days
skip weekends and the nation's bank holidays; a limit in days, weeks or months
that ends on a closed day is moved back to the last working day before it.</source>
      <translation type="unfinished">Argraffu'r dyddiad olaf sy'n cadw o fewn amserlen statudol. Mae diwrnodau gwaith
yn hepgor penwythnosau a gwyliau banc y wlad; mae terfyn mewn diwrnodau, wythnosau
neu fisoedd sy'n dod i ben ar ddiwrnod cau yn symud yn ôl i'r diwrnod gwaith olaf cyn hynny.</translation>
    </message>
    <message>
      <source>TYPE is one of (the limits come from the nation's default policy or --policy):
{types}

pre-birth-review-conference takes --after as the date of the pre-birth initial
conference, and --born (the date of birth) or, before the birth, --expected (the
expected date of delivery); the earlier of the two limits applies.

examples:
  {example}
  {pre_birth_example}</source>
      <translation type="unfinished">Mae TYPE yn un o'r rhain (daw'r terfynau o bolisi diofyn y wlad neu o --policy):
{types}

Mae pre-birth-review-conference yn cymryd --after fel dyddiad y gynhadledd
gychwynnol cyn geni, a --born (y dyddiad geni) neu, cyn yr enedigaeth, --expected
(y dyddiad geni disgwyliedig); y cynharaf o'r ddau derfyn sy'n berthnasol.

enghreifftiau:
  {example}
  {pre_birth_example}</translation>
    </message>
    <message>
      <source>what is due (see below)</source>
      <translation type="unfinished">beth sy'n ddyledus (gweler isod)</translation>
    </message>
    <message>
      <source>the date of the event the limit counts from</source>
      <translation type="unfinished">dyddiad y digwyddiad y mae'r terfyn yn cyfrif ohono</translation>
    </message>
    <message>
      <source>england, wales, scotland or northern-ireland (decides the bank holidays)</source>
      <translation type="unfinished">england, wales, scotland neu northern-ireland (sy'n pennu'r gwyliau banc)</translation>
    </message>
    <message>
      <source>pre-birth-review-conference only: the baby's date of birth</source>
      <translation type="unfinished">pre-birth-review-conference yn unig: dyddiad geni'r babi</translation>
    </message>
    <message>
      <source>pre-birth-review-conference only: the expected date of delivery, before the birth</source>
      <translation type="unfinished">pre-birth-review-conference yn unig: y dyddiad geni disgwyliedig, cyn yr enedigaeth</translation>
    </message>
    <message>
      <source>use this policy instead of the nation's default</source>
      <translation type="unfinished">defnyddio'r polisi hwn yn lle polisi diofyn y wlad</translation>
    </message>
    <message>
      <source>also read a local authority's policies (*.json) from DIR</source>
      <translation type="unfinished">darllen hefyd bolisïau awdurdod lleol (*.json) o DIR</translation>
    </message>
    <message>
      <source>unknown type {text}; use one of: {known}</source>
      <translation type="unfinished">math anhysbys {text}; defnyddiwch un o: {known}</translation>
    </message>
    <message>
      <source>write it as YYYY-MM-DD, for example 2026-11-25</source>
      <translation type="unfinished">ysgrifennwch ef fel BBBB-MM-DD, er enghraifft 2026-11-25</translation>
    </message>
    <message>
      <source>{text} is not a date; {hint}</source>
      <translation type="unfinished">nid yw {text} yn ddyddiad; {hint}</translation>
    </message>
    <message>
      <source>{text}: the year must be between 1900 and 2200</source>
      <translation type="unfinished">{text}: rhaid i'r flwyddyn fod rhwng 1900 a 2200</translation>
    </message>
    <message>
      <source>{text} is not a real date: there is no month {month}</source>
      <translation type="unfinished">nid yw {text} yn ddyddiad go iawn: nid oes mis {month}</translation>
    </message>
    <message>
      <source>{text} is not a real date: {month} {year} has {days} days</source>
      <translation type="unfinished">nid yw {text} yn ddyddiad go iawn: mae {days} diwrnod ym mis {month} {year}</translation>
    </message>
    <message>
      <source>unknown nation {text}; use one of: {known}</source>
      <translation type="unfinished">gwlad anhysbys {text}; defnyddiwch un o: {known}</translation>
    </message>
    <message>
      <source>there is no folder {folder}</source>
      <translation type="unfinished">nid oes ffolder {folder}</translation>
    </message>
    <message>
      <source>--born and --expected are only for --type {pre_birth}, not {type}</source>
      <translation type="unfinished">mae --born a --expected ar gyfer --type {pre_birth} yn unig, nid {type}</translation>
    </message>
    <message>
      <source>the policy {policy} sets no {type} timescale</source>
      <translation type="unfinished">nid yw'r polisi {policy} yn gosod amserlen {type}</translation>
    </message>
    <message>
      <source>Source: {source} (policy: {policy}).</source>
      <translation type="unfinished">Ffynhonnell: {source} (polisi: {policy}).</translation>
    </message>
    <message>
      <source>initial conference (Scotland: CPPM), from the strategy discussion</source>
      <translation type="unfinished">cynhadledd gychwynnol (yr Alban: CPPM), o'r drafodaeth strategaeth</translation>
    </message>
    <message>
      <source>first core group, from the initial conference</source>
      <translation type="unfinished">grŵp craidd cyntaf, o'r gynhadledd gychwynnol</translation>
    </message>
    <message>
      <source>next core group, from the previous core group</source>
      <translation type="unfinished">grŵp craidd nesaf, o'r grŵp craidd blaenorol</translation>
    </message>
    <message>
      <source>first review conference, from the initial conference</source>
      <translation type="unfinished">cynhadledd adolygu gyntaf, o'r gynhadledd gychwynnol</translation>
    </message>
    <message>
      <source>next review conference, from the previous review conference</source>
      <translation type="unfinished">cynhadledd adolygu nesaf, o'r gynhadledd adolygu flaenorol</translation>
    </message>
    <message>
      <source>next child in need meeting, from the previous one</source>
      <translation type="unfinished">cyfarfod plentyn mewn angen nesaf, o'r un blaenorol</translation>
    </message>
    <message>
      <source>first looked-after child review, from coming into care</source>
      <translation type="unfinished">adolygiad cyntaf plentyn sy'n derbyn gofal, o'r dyddiad dod i ofal</translation>
    </message>
    <message>
      <source>second looked-after child review, from the first review</source>
      <translation type="unfinished">ail adolygiad plentyn sy'n derbyn gofal, o'r adolygiad cyntaf</translation>
    </message>
    <message>
      <source>later looked-after child reviews, from the previous review</source>
      <translation type="unfinished">adolygiadau diweddarach plentyn sy'n derbyn gofal, o'r adolygiad blaenorol</translation>
    </message>
    <message>
      <source>minutes to the social worker, from the meeting</source>
      <translation type="unfinished">cofnodion i'r gweithiwr cymdeithasol, o'r cyfarfod</translation>
    </message>
    <message>
      <source>first review after a pre-birth initial conference, from it (and the birth)</source>
      <translation type="unfinished">adolygiad cyntaf ar ôl cynhadledd gychwynnol cyn geni, ohoni (a'r enedigaeth)</translation>
    </message>
    <message>
      <source>first review after a pre-birth initial conference, from the birth</source>
      <translation type="unfinished">adolygiad cyntaf ar ôl cynhadledd gychwynnol cyn geni, o'r enedigaeth</translation>
    </message>
    <message>
      <source>unrecognised arguments: {arguments}</source>
      <translation type="unfinished">dadleuon nas adnabyddir: {arguments}</translation>
    </message>
    <message>
      <source>use the demo family's folder</source>
      <translation type="unfinished">defnyddio ffolder y teulu enghreifftiol</translation>
    </message>
    <message>
      <source>Chair and minute child-protection meetings; export the minutes.</source>
      <translation type="unfinished">Cadeirio a chofnodi cyfarfodydd amddiffyn plant; allforio'r cofnodion.</translation>
    </message>
    <message>
      <source>keep the data in DIR</source>
      <translation type="unfinished">cadw'r data yn DIR</translation>
    </message>
    <message>
      <source>read the data's passphrase from FILE (its first line) instead of asking for it</source>
      <translation type="unfinished">darllen cyfrinymadrodd y data o FILE (ei llinell gyntaf) yn hytrach na gofyn amdano</translation>
    </message>
    <message>
      <source>use the fictional demo family's folder: open the window on it, or run a command on it</source>
      <translation type="unfinished">defnyddio ffolder y teulu enghreifftiol dychmygol: agor y ffenestr arno, neu redeg gorchymyn arno</translation>
    </message>
    <message>
      <source>en (English, the default) or cy (Cymraeg): the language of the messages</source>
      <translation type="unfinished">en (English, y diofyn) neu cy (Cymraeg): iaith y negeseuon</translation>
    </message>
    <message>
      <source>it is not text</source>
      <translation type="unfinished">nid testun ydyw</translation>
    </message>
    <message>
      <source>the {what} file {file} cannot be read: {reason}.</source>
      <translation type="unfinished">ni ellir darllen ffeil y {what} {file}: {reason}.</translation>
    </message>
    <message>
      <source>passphrase</source>
      <translation type="unfinished">cyfrinymadrodd</translation>
    </message>
    <message>
      <source>Passphrase for the data in {folder}: </source>
      <translation type="unfinished">Cyfrinymadrodd y data yn {folder}: </translation>
    </message>
    <message>
      <source>Type the new passphrase again: </source>
      <translation type="unfinished">Teipiwch y cyfrinymadrodd newydd eto: </translation>
    </message>
    <message>
      <source>the data in this folder was written by an earlier version and is not encrypted yet. Choose a passphrase to encrypt it: give --passphrase-file FILE, or run the command in a terminal to type it.</source>
      <translation type="unfinished">ysgrifennwyd y data yn y ffolder hwn gan fersiwn gynharach ac nid yw wedi'i amgryptio eto. Dewiswch gyfrinymadrodd i'w amgryptio: rhowch --passphrase-file FILE, neu rhedwch y gorchymyn mewn terfynell i'w deipio.</translation>
    </message>
    <message>
      <source>the data is encrypted: give --passphrase-file FILE, or run the command in a terminal to type the passphrase.</source>
      <translation type="unfinished">mae'r data wedi'i amgryptio: rhowch --passphrase-file FILE, neu rhedwch y gorchymyn mewn terfynell i deipio'r cyfrinymadrodd.</translation>
    </message>
    <message>
      <source>the new passphrase cannot be used. {problem}</source>
      <translation type="unfinished">ni ellir defnyddio'r cyfrinymadrodd newydd. {problem}</translation>
    </message>
    <message>
      <source>list the people in a meeting's network with their ids (for export --copy person:ID)</source>
      <translation type="unfinished">rhestru'r bobl yn rhwydwaith cyfarfod gyda'u rhifau adnabod (ar gyfer export --copy person:ID)</translation>
    </message>
    <message>
      <source>No people in this meeting's network.</source>
      <translation type="unfinished">Dim pobl yn rhwydwaith y cyfarfod hwn.</translation>
    </message>
    <message>
      <source>Person {id}: {details}</source>
      <translation type="unfinished">Unigolyn {id}: {details}</translation>
    </message>
    <message>
      <source>write the certificate the agreed PDFs are signed with (PEM), for recipients who check the signature</source>
      <translation type="unfinished">ysgrifennu'r dystysgrif y llofnodir y PDFs cytûn â hi (PEM), i dderbynwyr sy'n gwirio'r llofnod</translation>
    </message>
    <message>
      <source>{name} already exists in {folder}. Add --overwrite to replace it.</source>
      <translation type="unfinished">mae {name} yn bodoli eisoes yn {folder}. Ychwanegwch --overwrite i'w disodli.</translation>
    </message>
    <message>
      <source>Wrote the signing certificate to {file}</source>
      <translation type="unfinished">Ysgrifennwyd y dystysgrif llofnodi i {file}</translation>
    </message>
    <message>
      <source>the demo's folder takes no imports: its passphrase is published. Leave out --demo.</source>
      <translation type="unfinished">nid yw ffolder y teulu enghreifftiol yn derbyn mewnforion: mae ei gyfrinymadrodd wedi'i gyhoeddi. Gadewch --demo allan.</translation>
    </message>
    <message>
      <source>the window asks for the passphrase itself; --passphrase-file is for commands.</source>
      <translation type="unfinished">mae'r ffenestr yn gofyn am y cyfrinymadrodd ei hun; mae --passphrase-file ar gyfer gorchmynion.</translation>
    </message>
    <message>
      <source>there is no Chair data in {folder}.</source>
      <translation type="unfinished">nid oes data Chair yn {folder}.</translation>
    </message>
    <message>
      <source>list, people and verify only read: they can still be used.</source>
      <translation type="unfinished">dim ond darllen y mae list, people a verify: gellir eu defnyddio o hyd.</translation>
    </message>
    <message>
      <source>note: the data in {folder} is not encrypted yet (an earlier version of Chair saved it). Open it in Chair's window to lock it with a passphrase.</source>
      <translation type="unfinished">nodyn: nid yw'r data yn {folder} wedi'i amgryptio eto (fersiwn gynharach o Chair a'i cadwodd). Agorwch ef yn ffenestr Chair i'w gloi â chyfrinymadrodd.</translation>
    </message>
    <message>
      <source>say whether an exported DOCX or PDF is the agreed minutes held here</source>
      <translation type="unfinished">dweud ai DOCX neu PDF a allforiwyd yw'r cofnodion cytûn a gedwir yma</translation>
    </message>
    <message>
      <source>there is no file {file}.</source>
      <translation type="unfinished">nid oes ffeil {file}.</translation>
    </message>
  </context>
  <context>
    <name>Argparse</name>
    <message>
      <source>expected %s argument(s)</source>
      <translation type="unfinished">disgwyl %s dadl</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation type="unfinished">defnydd: </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation type="unfinished">dadleuon safle</translation>
    </message>
    <message>
      <source>options</source>
      <translation type="unfinished">dewisiadau</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation type="unfinished">dangos y neges gymorth hon a gadael</translation>
    </message>
    <message>
      <source>%(prog)s: error: %(message)s
</source>
      <translation type="unfinished">%(prog)s: gwall: %(message)s
</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation type="unfinished">mae angen y dadleuon canlynol: %s</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation type="unfinished">dadleuon nas adnabyddir: %s</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation type="unfinished">dewis annilys: %(value)r (dewiswch o %(choices)s)</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation type="unfinished">dadl %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation type="unfinished">disgwyl un ddadl</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation type="unfinished">disgwyl un ddadl ar y mwyaf</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation type="unfinished">disgwyl o leiaf un ddadl</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation type="unfinished">gwerth %(type)s annilys: %(value)r</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation type="unfinished">ni chaniateir gyda'r ddadl %s</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation type="unfinished">mae angen un o'r dadleuon %s</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation type="unfinished">dewis amwys: gallai %(option)s gyfateb i %(matches)s</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation type="unfinished">anwybyddwyd y ddadl benodol %r</translation>
    </message>
    <message>
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation type="unfinished">gorchymyn anhysbys %(parser_name)r (dewisiadau: %(choices)s)</translation>
    </message>
  </context>
</TS>
