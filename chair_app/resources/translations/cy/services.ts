<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
  <context>
    <name>Dates</name>
    <message>
      <source>Type a date as day/month/year, for example 3/12/2026.</source>
      <translation type="unfinished">Teipiwch ddyddiad fel diwrnod/mis/blwyddyn, er enghraifft 3/12/2026.</translation>
    </message>
    <message>
      <source>Type a time as hours:minutes, for example 10:30 or 2pm.</source>
      <translation type="unfinished">Teipiwch amser fel oriau:munudau, er enghraifft 10:30 neu 2pm.</translation>
    </message>
    <message>
      <source>“{text}” is not a month. {hint}</source>
      <translation type="unfinished">Nid yw “{text}” yn fis. {hint}</translation>
    </message>
    <message>
      <source>“{text}” is not a date. {hint}</source>
      <translation type="unfinished">Nid yw “{text}” yn ddyddiad. {hint}</translation>
    </message>
    <message>
      <source>There is no month {month}. {hint}</source>
      <translation type="unfinished">Nid oes mis {month}. {hint}</translation>
    </message>
    <message>
      <source>The year {year} is out of range. {hint}</source>
      <translation type="unfinished">Mae'r flwyddyn {year} y tu allan i'r ystod. {hint}</translation>
    </message>
    <message>
      <source>{month} has no day {day}. {hint}</source>
      <translation type="unfinished">Nid oes diwrnod {day} ym mis {month}. {hint}</translation>
    </message>
    <message>
      <source>{time} is not a time. {hint}</source>
      <translation type="unfinished">Nid yw {time} yn amser. {hint}</translation>
    </message>
    <message>
      <source>“{text}” is not a time. {hint}</source>
      <translation type="unfinished">Nid yw “{text}” yn amser. {hint}</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>This meeting is closed, so its record can no longer be changed.</source>
      <translation type="unfinished">Mae'r cyfarfod hwn wedi'i gau, felly ni ellir newid ei gofnod mwyach.</translation>
    </message>
    <message>
      <source>This action was carried from the last meeting, so it cannot be removed. Review it instead: done, partly done, not done, or no longer needed, with what difference it made for the child.</source>
      <translation type="unfinished">Cariwyd y cam gweithredu hwn drosodd o'r cyfarfod diwethaf, felly ni ellir ei ddileu. Adolygwch ef yn lle hynny: wedi'i wneud, wedi'i wneud yn rhannol, heb ei wneud, neu nid oes ei angen mwyach, gyda'r gwahaniaeth a wnaeth i'r plentyn.</translation>
    </message>
    <message>
      <source>These minutes are agreed, so they can no longer be changed. Add an addendum instead: it is printed after the agreed minutes and does not alter them.</source>
      <translation type="unfinished">Mae'r cofnodion hyn wedi'u cytuno, felly ni ellir eu newid mwyach. Ychwanegwch atodiad yn lle hynny: caiff ei argraffu ar ôl y cofnodion cytûn ac nid yw'n eu newid.</translation>
    </message>
  </context>
  <context>
    <name>Facts</name>
    <message>
      <source> or </source>
      <translation type="unfinished"> neu </translation>
    </message>
    <message>
      <source>The ids of a {kind} are whole numbers, 0 or more.</source>
      <translation type="unfinished">Mae rhifau adnabod {kind} yn rhifau cyfan, 0 neu fwy.</translation>
    </message>
    <message>
      <source>A {kind} is written {shapes}, not with ids {ids} and {name}.</source>
      <translation type="unfinished">Ysgrifennir {kind} fel {shapes}, nid gyda'r rhifau adnabod {ids} a {name}.</translation>
    </message>
    <message>
      <source>{text} names no fact or part of the record.</source>
      <translation type="unfinished">Nid yw {text} yn enwi unrhyw ffaith na rhan o'r cofnod.</translation>
    </message>
    <message>
      <source>{text} names no fact or part of the record: a {kind} is written {shapes}.</source>
      <translation type="unfinished">Nid yw {text} yn enwi unrhyw ffaith na rhan o'r cofnod: ysgrifennir {kind} fel {shapes}.</translation>
    </message>
  </context>
  <context>
    <name>FamilySummary</name>
    <message>
      <source>Workers met to decide how to keep the children safe.</source>
      <translation type="unfinished">Cyfarfu gweithwyr i benderfynu sut i gadw'r plant yn ddiogel.</translation>
    </message>
    <message>
      <source>We met to decide if the children need a plan to keep them safe.</source>
      <translation type="unfinished">Cyfarfuom i benderfynu a oes angen cynllun ar y plant i'w cadw'n ddiogel.</translation>
    </message>
    <message>
      <source>We met to check the plan to keep the children safe, and if it is still needed.</source>
      <translation type="unfinished">Cyfarfuom i wirio'r cynllun i gadw'r plant yn ddiogel, ac a oes ei angen o hyd.</translation>
    </message>
    <message>
      <source>We met to make the plan to keep the children safe.</source>
      <translation type="unfinished">Cyfarfuom i wneud y cynllun i gadw'r plant yn ddiogel.</translation>
    </message>
    <message>
      <source>We met to check how the plan to keep the children safe is going.</source>
      <translation type="unfinished">Cyfarfuom i wirio sut mae'r cynllun i gadw'r plant yn ddiogel yn mynd.</translation>
    </message>
    <message>
      <source>We met to check how the plan to help the family is going.</source>
      <translation type="unfinished">Cyfarfuom i wirio sut mae'r cynllun i helpu'r teulu yn mynd.</translation>
    </message>
    <message>
      <source>We met to check how things are going for the child in care.</source>
      <translation type="unfinished">Cyfarfuom i wirio sut mae pethau'n mynd i'r plentyn mewn gofal.</translation>
    </message>
    <message>
      <source>We met about the children.</source>
      <translation type="unfinished">Cyfarfuom am y plant.</translation>
    </message>
    <message>
      <source>The group agreed</source>
      <translation type="unfinished">Cytunodd y grŵp</translation>
    </message>
    <message>
      <source>The group did not agree</source>
      <translation type="unfinished">Ni chytunodd y grŵp</translation>
    </message>
    <message>
      <source>The group could not decide, as the votes were even</source>
      <translation type="unfinished">Ni allai'r grŵp benderfynu, gan fod y pleidleisiau'n gyfartal</translation>
    </message>
    <message>
      <source>Not decided yet</source>
      <translation type="unfinished">Heb ei benderfynu eto</translation>
    </message>
    <message>
      <source>the plan to keep them safe goes on</source>
      <translation type="unfinished">mae'r cynllun i'w cadw'n ddiogel yn parhau</translation>
    </message>
    <message>
      <source>they need a plan to keep them safe</source>
      <translation type="unfinished">mae angen cynllun arnynt i'w cadw'n ddiogel</translation>
    </message>
    <message>
      <source>the plan to keep them safe ends</source>
      <translation type="unfinished">mae'r cynllun i'w cadw'n ddiogel yn dod i ben</translation>
    </message>
    <message>
      <source>they do not need a plan to keep them safe</source>
      <translation type="unfinished">nid oes angen cynllun arnynt i'w cadw'n ddiogel</translation>
    </message>
    <message>
      <source>For {name}: {decision}.</source>
      <translation type="unfinished">I {name}: {decision}.</translation>
    </message>
    <message>
      <source>Not set yet</source>
      <translation type="unfinished">Heb ei bennu eto</translation>
    </message>
    <message>
      <source>was due {was}; now by {date}</source>
      <translation type="unfinished">roedd i fod erbyn {was}; erbyn {date} bellach</translation>
    </message>
    <message>
      <source>was due {was}; no new date set</source>
      <translation type="unfinished">roedd i fod erbyn {was}; dim dyddiad newydd wedi'i bennu</translation>
    </message>
    <message>
      <source>Who</source>
      <translation type="unfinished">Pwy</translation>
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished">Beth</translation>
    </message>
    <message>
      <source>By when</source>
      <translation type="unfinished">Erbyn pryd</translation>
    </message>
    <message>
      <source>No jobs were agreed.</source>
      <translation type="unfinished">Ni chytunwyd ar unrhyw dasgau.</translation>
    </message>
    <message>
      <source>Not fixed yet</source>
      <translation type="unfinished">Heb ei drefnu eto</translation>
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
      <source>Place</source>
      <translation type="unfinished">Lle</translation>
    </message>
    <message>
      <source>Next review conference</source>
      <translation type="unfinished">Y gynhadledd adolygu nesaf</translation>
    </message>
    <message>
      <source>Sooner review</source>
      <translation type="unfinished">Adolygiad cynharach</translation>
    </message>
    <message>
      <source>The group asked for the review conference to be sooner: {reason}</source>
      <translation type="unfinished">Gofynnodd y grŵp i'r gynhadledd adolygu fod yn gynharach: {reason}</translation>
    </message>
    <message>
      <source>The group asked for the review conference to be sooner.</source>
      <translation type="unfinished">Gofynnodd y grŵp i'r gynhadledd adolygu fod yn gynharach.</translation>
    </message>
    <message>
      <source>Nothing was written down.</source>
      <translation type="unfinished">Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
      <source>Why we met</source>
      <translation type="unfinished">Pam y gwnaethom gyfarfod</translation>
    </message>
    <message>
      <source>What we are worried about</source>
      <translation type="unfinished">Beth sy'n ein poeni</translation>
    </message>
    <message>
      <source>What is going well</source>
      <translation type="unfinished">Beth sy'n mynd yn dda</translation>
    </message>
    <message>
      <source>What needs to happen</source>
      <translation type="unfinished">Beth sydd angen digwydd</translation>
    </message>
    <message>
      <source>Who will do what, and by when</source>
      <translation type="unfinished">Pwy fydd yn gwneud beth, ac erbyn pryd</translation>
    </message>
    <message>
      <source>What the group decided</source>
      <translation type="unfinished">Beth a benderfynodd y grŵp</translation>
    </message>
    <message>
      <source>Nothing was put to a vote.</source>
      <translation type="unfinished">Ni roddwyd dim i bleidlais.</translation>
    </message>
    <message>
      <source>If things go wrong</source>
      <translation type="unfinished">Os aiff pethau o chwith</translation>
    </message>
    <message>
      <source>When we meet next</source>
      <translation type="unfinished">Pryd y byddwn yn cyfarfod nesaf</translation>
    </message>
    <message>
      <source>Family summary</source>
      <translation type="unfinished">Crynodeb i'r teulu</translation>
    </message>
    <message>
      <source>Family</source>
      <translation type="unfinished">Teulu</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
      <source>{family}, family summary, {date}</source>
      <translation type="unfinished">{family}, crynodeb i'r teulu, {date}</translation>
    </message>
  </context>
  <context>
    <name>Lifecycle</name>
    <message>
      <source>Draft</source>
      <translation type="unfinished">Drafft</translation>
    </message>
    <message>
      <source>Draft, circulated</source>
      <translation type="unfinished">Drafft, wedi'i ddosbarthu</translation>
    </message>
    <message>
      <source>Agreed</source>
      <translation type="unfinished">Wedi'u cytuno</translation>
    </message>
    <message>
      <source>Email</source>
      <translation type="unfinished">E-bost</translation>
    </message>
    <message>
      <source>Secure email</source>
      <translation type="unfinished">E-bost diogel</translation>
    </message>
    <message>
      <source>Post</source>
      <translation type="unfinished">Drwy'r post</translation>
    </message>
    <message>
      <source>By hand</source>
      <translation type="unfinished">Â llaw</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation type="unfinished">Yn aros</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation type="unfinished">Wedi'i dderbyn</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation type="unfinished">Wedi'i wrthod</translation>
    </message>
  </context>
  <context>
    <name>Owners</name>
    <message>
      <source>The family</source>
      <translation type="unfinished">Y teulu</translation>
    </message>
    <message>
      <source>{name} (not in the network)</source>
      <translation type="unfinished">{name} (nid yw yn y rhwydwaith)</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation type="unfinished">Heb ei gofnodi</translation>
    </message>
    <message>
      <source>{names} and {last}</source>
      <translation type="unfinished">{names} a {last}</translation>
    </message>
  </context>
  <context>
    <name>Room</name>
    <message>
      <source>{date} at {time}</source>
      <translation type="unfinished">{date} am {time}</translation>
    </message>
    <message>
      <source>Some information is confidential to professionals and is not shown on this screen.</source>
      <translation type="unfinished">Mae rhywfaint o wybodaeth yn gyfrinachol i weithwyr proffesiynol ac nid yw'n cael ei dangos ar y sgrin hon.</translation>
    </message>
    <message>
      <source>The meeting did not go ahead.</source>
      <translation type="unfinished">Ni chynhaliwyd y cyfarfod.</translation>
    </message>
    <message>
      <source>The chair is closing the meeting.</source>
      <translation type="unfinished">Mae'r cadeirydd yn cau'r cyfarfod.</translation>
    </message>
    <message>
      <source>The meeting is closed.</source>
      <translation type="unfinished">Mae'r cyfarfod wedi'i gau.</translation>
    </message>
    <message>
      <source>Next meeting: {when}</source>
      <translation type="unfinished">Y cyfarfod nesaf: {when}</translation>
    </message>
    <message>
      <source>Nothing is recorded on this step yet.</source>
      <translation type="unfinished">Nid oes dim wedi'i gofnodi ar y cam hwn eto.</translation>
    </message>
    <message>
      <source>Step {number} of {total}</source>
      <translation type="unfinished">Cam {number} o {total}</translation>
    </message>
  </context>
  <context>
    <name>Turns</name>
    <message>
      <source>Waiting</source>
      <translation type="unfinished">Yn aros</translation>
    </message>
    <message>
      <source>Speaking now</source>
      <translation type="unfinished">Yn siarad nawr</translation>
    </message>
    <message>
      <source>Has spoken</source>
      <translation type="unfinished">Wedi siarad</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation type="unfinished">Wedi pasio</translation>
    </message>
    <message>
      <source>{who} has not spoken or passed yet. Give them the turn, or mark them as passed, before {doing}.</source>
      <translation type="unfinished">Nid yw {who} wedi siarad na phasio eto. Rhowch y tro iddynt, neu nodwch eu bod wedi pasio, cyn {doing}.</translation>
    </message>
    <message>
      <source>{who} have not spoken or passed yet. Give them the turn, or mark them as passed, before {doing}.</source>
      <translation type="unfinished">Nid yw {who} wedi siarad na phasio eto. Rhowch y tro iddynt, neu nodwch eu bod wedi pasio, cyn {doing}.</translation>
    </message>
    <message>
      <source>giving the turn to {name}</source>
      <translation type="unfinished">rhoi'r tro i {name}</translation>
    </message>
    <message>
      <source>ending the round</source>
      <translation type="unfinished">dod â'r rownd i ben</translation>
    </message>
    <message>
      <source>That person is not in this round (are they marked present?).</source>
      <translation type="unfinished">Nid yw'r unigolyn hwnnw yn y rownd hon (a ydynt wedi'u nodi'n bresennol?).</translation>
    </message>
    <message>
      <source>{names} and {last}</source>
      <translation type="unfinished">{names} a {last}</translation>
    </message>
    <message>
      <source>Over planned time by {minutes} min</source>
      <translation type="unfinished">Dros yr amser a gynlluniwyd o {minutes} munud</translation>
    </message>
  </context>
  <context>
    <name>Voting</name>
    <message>
      <source>for {agency}, given by {name}</source>
      <translation type="unfinished">ar ran {agency}, a roddwyd gan {name}</translation>
    </message>
    <message>
      <source>{name} (for {agency})</source>
      <translation type="unfinished">{name} (ar ran {agency})</translation>
    </message>
    <message>
      <source>an advocate</source>
      <translation type="unfinished">eiriolwr</translation>
    </message>
    <message>
      <source>a family member</source>
      <translation type="unfinished">aelod o'r teulu</translation>
    </message>
    <message>
      <source>not a member of the family's network</source>
      <translation type="unfinished">nid yw'n aelod o rwydwaith y teulu</translation>
    </message>
    <message>
      <source>the chair does not vote</source>
      <translation type="unfinished">nid yw'r cadeirydd yn pleidleisio</translation>
    </message>
    <message>
      <source>the minute-taker does not vote</source>
      <translation type="unfinished">nid yw'r cofnodwr yn pleidleisio</translation>
    </message>
    <message>
      <source>{kind}: their view is heard, not counted</source>
      <translation type="unfinished">{kind}: clywir eu barn, ond nid yw'n cael ei chyfrif</translation>
    </message>
    <message>
      <source>came in place of {names}: the vote is given under that name</source>
      <translation type="unfinished">daeth yn lle {names}: rhoddir y bleidlais o dan yr enw hwnnw</translation>
    </message>
    <message>
      <source> and </source>
      <translation type="unfinished"> a </translation>
    </message>
    <message>
      <source>represented, but the representative is not a person of the network</source>
      <translation type="unfinished">cynrychiolwyd, ond nid yw'r cynrychiolydd yn un o bobl y rhwydwaith</translation>
    </message>
    <message>
      <source>not marked present</source>
      <translation type="unfinished">heb ei nodi'n bresennol</translation>
    </message>
    <message>
      <source>not present: {status}</source>
      <translation type="unfinished">nid yw'n bresennol: {status}</translation>
    </message>
    <message>
      <source>Only members of the family's network are heard on a decision.</source>
      <translation type="unfinished">Dim ond aelodau o rwydwaith y teulu a glywir ar benderfyniad.</translation>
    </message>
    <message>
      <source>The chair does not vote.</source>
      <translation type="unfinished">Nid yw'r cadeirydd yn pleidleisio.</translation>
    </message>
    <message>
      <source>The minute-taker does not vote.</source>
      <translation type="unfinished">Nid yw'r cofnodwr yn pleidleisio.</translation>
    </message>
    <message>
      <source>Only professionals present vote; {name} is {kind}: their view is heard, not counted.</source>
      <translation type="unfinished">Dim ond gweithwyr proffesiynol sy'n bresennol sy'n pleidleisio; mae {name} yn {kind}: clywir eu barn, ond nid yw'n cael ei chyfrif.</translation>
    </message>
    <message>
      <source>{name} {why}.</source>
      <translation type="unfinished">{name}: {why}.</translation>
    </message>
    <message>
      <source>Only professionals present vote; {name} is {why}.</source>
      <translation type="unfinished">Dim ond gweithwyr proffesiynol sy'n bresennol sy'n pleidleisio; {name}: {why}.</translation>
    </message>
  </context>
  <context>
    <name>Withholding</name>
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
      <source>There is no item {key} that can be withheld.</source>
      <translation type="unfinished">Nid oes eitem {key} y gellir ei chadw'n ôl.</translation>
    </message>
    <message>
      <source>someone no longer in the network</source>
      <translation type="unfinished">rhywun nad yw yn y rhwydwaith mwyach</translation>
    </message>
    <message>
      <source>Written report from {person}</source>
      <translation type="unfinished">Adroddiad ysgrifenedig gan {person}</translation>
    </message>
    <message>
      <source>Update from {person}</source>
      <translation type="unfinished">Diweddariad gan {person}</translation>
    </message>
    <message>
      <source>Views of {child}</source>
      <translation type="unfinished">Barn {child}</translation>
    </message>
    <message>
      <source>a child</source>
      <translation type="unfinished">plentyn</translation>
    </message>
    <message>
      <source>Notes on danger statement {number}</source>
      <translation type="unfinished">Nodiadau ar ddatganiad perygl {number}</translation>
    </message>
    <message>
      <source>Contingency plan</source>
      <translation type="unfinished">Cynllun wrth gefn</translation>
    </message>
    <message>
      <source>Contingency plan, part {number}</source>
      <translation type="unfinished">Cynllun wrth gefn, rhan {number}</translation>
    </message>
    <message>
      <source>Decision {number}: what {person} said</source>
      <translation type="unfinished">Penderfyniad {number}: beth a ddywedodd {person}</translation>
    </message>
  </context>
  <context>
    <name>Storage</name>
    <message>
      <source>The data folder {folder} cannot be created: {reason}.</source>
      <translation type="unfinished">Ni ellir creu'r ffolder data {folder}: {reason}.</translation>
    </message>
    <message>
      <source>The data file {file} cannot be created: {reason}.</source>
      <translation type="unfinished">Ni ellir creu'r ffeil ddata {file}: {reason}.</translation>
    </message>
    <message>
      <source>The data file {file} cannot be opened: {problem}.</source>
      <translation type="unfinished">Ni ellir agor y ffeil ddata {file}: {problem}.</translation>
    </message>
    <message>
      <source>There is no Chair data in {folder}.</source>
      <translation type="unfinished">Nid oes data Chair yn {folder}.</translation>
    </message>
    <message>
      <source>The data file {file} cannot be read: {problem}.</source>
      <translation type="unfinished">Ni ellir darllen y ffeil ddata {file}: {problem}.</translation>
    </message>
    <message>
      <source>There is no Chair data in {folder} yet.</source>
      <translation type="unfinished">Nid oes data Chair yn {folder} eto.</translation>
    </message>
    <message>
      <source>The data in {folder} was saved by an earlier version of Chair. This command only reads, so it has not brought the data up to date, and nothing has been changed. Open the data in Chair's window once (it makes a backup, then brings the data up to date), then run the command again.</source>
      <translation type="unfinished">Cadwyd y data yn {folder} gan fersiwn gynharach o Chair. Dim ond darllen y mae'r gorchymyn hwn, felly nid yw wedi diweddaru'r data, ac nid oes dim wedi'i newid. Agorwch y data yn ffenestr Chair unwaith (mae'n gwneud copi wrth gefn, yna'n diweddaru'r data), yna rhedwch y gorchymyn eto.</translation>
    </message>
    <message>
      <source>The data file {file} is encrypted, or damaged: without its passphrase Chair cannot tell, so it has left it unchanged. A backup can be opened instead: Chair keeps backups in {folder}.</source>
      <translation type="unfinished">Mae'r ffeil ddata {file} wedi'i hamgryptio, neu wedi'i difrodi: heb ei chyfrinymadrodd ni all Chair ddweud, felly mae wedi'i gadael heb ei newid. Gellir agor copi wrth gefn yn lle hynny: mae Chair yn cadw copïau wrth gefn yn {folder}.</translation>
    </message>
    <message>
      <source>The data file {file} is not encrypted yet.</source>
      <translation type="unfinished">Nid yw'r ffeil ddata {file} wedi'i hamgryptio eto.</translation>
    </message>
    <message>
      <source>This data was saved by a newer version of Chair, which changed how it is stored. This version cannot open it safely, so it has left it unchanged. Open it with the newer version of Chair.</source>
      <translation type="unfinished">Cadwyd y data hwn gan fersiwn mwy diweddar o Chair, a newidiodd y ffordd y caiff ei storio. Ni all y fersiwn hon ei agor yn ddiogel, felly mae wedi'i adael heb ei newid. Agorwch ef â'r fersiwn mwy diweddar o Chair.</translation>
    </message>
    <message>
      <source>The data could not be saved or read: {problem}.</source>
      <translation type="unfinished">Ni ellid cadw na darllen y data: {problem}.</translation>
    </message>
    <message>
      <source>The data file is damaged or not a database: {problem}.</source>
      <translation type="unfinished">Mae'r ffeil ddata wedi'i difrodi neu nid yw'n gronfa ddata: {problem}.</translation>
    </message>
    <message>
      <source>The data folder {folder} is read-only. Chair needs to write to it to keep the record safe (its changes and backups), so nothing has been opened or changed. Ask your IT support to make it writable, or choose another folder.</source>
      <translation type="unfinished">Mae'r ffolder data {folder} yn ddarllen yn unig. Mae angen i Chair ysgrifennu iddo i gadw'r cofnod yn ddiogel (ei newidiadau a'i gopïau wrth gefn), felly nid oes dim wedi'i agor na'i newid. Gofynnwch i'ch cymorth TG ei gwneud yn bosibl ysgrifennu iddo, neu dewiswch ffolder arall.</translation>
    </message>
    <message>
      <source>The data file {file} has changes in its log ({log}) without the log's index ({index}), so it cannot be read without writing beside it. This command only reads, so nothing has been changed. Open the data in Chair's window, which folds the changes into the file, then run the command again.</source>
      <translation type="unfinished">Mae gan y ffeil ddata {file} newidiadau yn ei log ({log}) heb fynegai'r log ({index}), felly ni ellir ei darllen heb ysgrifennu wrth ei hymyl. Dim ond darllen y mae'r gorchymyn hwn, felly nid oes dim wedi'i newid. Agorwch y data yn ffenestr Chair, sy'n plygu'r newidiadau i mewn i'r ffeil, yna rhedwch y gorchymyn eto.</translation>
    </message>
    <message>
      <source>The data file {file} cannot be opened: it is not a database Chair can use (it is damaged, or another program's file), so Chair has left it unchanged. A backup can be opened instead: Chair keeps backups in {folder}.</source>
      <translation type="unfinished">Ni ellir agor y ffeil ddata {file}: nid yw'n gronfa ddata y gall Chair ei defnyddio (mae wedi'i difrodi, neu'n ffeil rhaglen arall), felly mae Chair wedi'i gadael heb ei newid. Gellir agor copi wrth gefn yn lle hynny: mae Chair yn cadw copïau wrth gefn yn {folder}.</translation>
    </message>
    <message>
      <source>The data file {file} cannot be opened safely: {problem}. Opening it would lose changes without a word, so Chair has left the file and its log exactly as they are. A backup can be opened instead: Chair keeps backups in {folder}.</source>
      <translation type="unfinished">Ni ellir agor y ffeil ddata {file} yn ddiogel: {problem}. Byddai ei hagor yn colli newidiadau heb air, felly mae Chair wedi gadael y ffeil a'i log yn union fel y maent. Gellir agor copi wrth gefn yn lle hynny: mae Chair yn cadw copïau wrth gefn yn {folder}.</translation>
    </message>
    <message>
      <source>That passphrase does not open the data. Check it (capital letters count) and try again. Nothing has been changed. If you are sure it is right, the data file may be damaged: a backup can be opened instead (Chair keeps them in {folder}).</source>
      <translation type="unfinished">Nid yw'r cyfrinymadrodd hwnnw'n agor y data. Gwiriwch ef (mae priflythrennau'n cyfrif) a rhowch gynnig arall arni. Nid oes dim wedi'i newid. Os ydych yn siŵr ei fod yn gywir, efallai fod y ffeil ddata wedi'i difrodi: gellir agor copi wrth gefn yn lle hynny (mae Chair yn eu cadw yn {folder}).</translation>
    </message>
    <message>
      <source>The data folder {folder} cannot be used: {reason}.</source>
      <translation type="unfinished">Ni ellir defnyddio'r ffolder data {folder}: {reason}.</translation>
    </message>
    <message>
      <source>The data in {folder} is open in another copy of Chair. Only one copy can use it at a time, so nothing has been opened or changed here. Close the other copy and try again.</source>
      <translation type="unfinished">Mae'r data yn {folder} ar agor mewn copi arall o Chair. Dim ond un copi all ei ddefnyddio ar y tro, felly nid oes dim wedi'i agor na'i newid yma. Caewch y copi arall a rhowch gynnig arall arni.</translation>
    </message>
    <message>
      <source>its write-ahead log is missing, though its index says it holds changes</source>
      <translation type="unfinished">mae ei log ysgrifennu ymlaen llaw ar goll, er bod ei fynegai'n dweud ei fod yn cynnwys newidiadau</translation>
    </message>
    <message>
      <source>its write-ahead log cannot be read</source>
      <translation type="unfinished">ni ellir darllen ei log ysgrifennu ymlaen llaw</translation>
    </message>
    <message>
      <source>its write-ahead log is empty, though its index says it holds changes</source>
      <translation type="unfinished">mae ei log ysgrifennu ymlaen llaw yn wag, er bod ei fynegai'n dweud ei fod yn cynnwys newidiadau</translation>
    </message>
    <message>
      <source>its write-ahead log is cut short</source>
      <translation type="unfinished">mae ei log ysgrifennu ymlaen llaw wedi'i dorri'n fyr</translation>
    </message>
    <message>
      <source>its write-ahead log is damaged (its header is not a log's)</source>
      <translation type="unfinished">mae ei log ysgrifennu ymlaen llaw wedi'i ddifrodi (nid pennawd log yw ei bennawd)</translation>
    </message>
    <message>
      <source>its write-ahead log is damaged (its header fails its check)</source>
      <translation type="unfinished">mae ei log ysgrifennu ymlaen llaw wedi'i ddifrodi (mae ei bennawd yn methu ei wiriad)</translation>
    </message>
    <message>
      <source>its write-ahead log is shorter than its index says</source>
      <translation type="unfinished">mae ei log ysgrifennu ymlaen llaw yn fyrrach nag y mae ei fynegai'n ei ddweud</translation>
    </message>
    <message>
      <source>its write-ahead log is damaged (frame {frame} fails its check, and changes saved after it would be lost)</source>
      <translation type="unfinished">mae ei log ysgrifennu ymlaen llaw wedi'i ddifrodi (mae ffrâm {frame} yn methu ei gwiriad, a byddai newidiadau a gadwyd ar ei hôl yn cael eu colli)</translation>
    </message>
    <message>
      <source>The data folder {folder} cannot be created: there is a file of that name.</source>
      <translation type="unfinished">Ni ellir creu'r ffolder data {folder}: mae ffeil o'r enw hwnnw.</translation>
    </message>
    <message>
      <source>{folder} already holds records that are not the demo's. The demo family lives in a folder of its own: choose an empty folder for it.</source>
      <translation type="unfinished">Mae {folder} eisoes yn cynnwys cofnodion nad ydynt yn perthyn i'r teulu enghreifftiol. Mae gan y teulu enghreifftiol ffolder ei hun: dewiswch ffolder wag ar ei gyfer.</translation>
    </message>
    <message>
      <source>The demo's folder {folder} cannot be used: {reason}.</source>
      <translation type="unfinished">Ni ellir defnyddio ffolder y teulu enghreifftiol {folder}: {reason}.</translation>
    </message>
    <message>
      <source>Use at least {count} characters. A few ordinary words together make a passphrase that is easy to remember and hard to guess.</source>
      <translation type="unfinished">Defnyddiwch o leiaf {count} nod. Mae ychydig o eiriau cyffredin gyda'i gilydd yn gwneud cyfrinymadrodd sy'n hawdd ei gofio ac yn anodd ei ddyfalu.</translation>
    </message>
    <message>
      <source>The passphrase has an invisible control character in it. Type it again.</source>
      <translation type="unfinished">Mae nod rheoli anweledig yn y cyfrinymadrodd. Teipiwch ef eto.</translation>
    </message>
    <message>
      <source>The passphrase starts or ends with a space. Take the space out.</source>
      <translation type="unfinished">Mae'r cyfrinymadrodd yn dechrau neu'n gorffen â bwlch. Tynnwch y bwlch allan.</translation>
    </message>
    <message>
      <source>The two passphrases are not the same. Type them again.</source>
      <translation type="unfinished">Nid yw'r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto.</translation>
    </message>
    <message>
      <source>The current passphrase is not right. Nothing has been changed.</source>
      <translation type="unfinished">Nid yw'r cyfrinymadrodd presennol yn gywir. Nid oes dim wedi'i newid.</translation>
    </message>
    <message>
      <source>1 backup could not be re-keyed: it opens with the old passphrase only, and is listed as made under an earlier passphrase.</source>
      <translation type="unfinished">Ni ellid newid allwedd 1 copi wrth gefn: dim ond â'r hen gyfrinymadrodd y mae'n agor, ac fe'i rhestrir fel un a wnaed o dan gyfrinymadrodd cynharach.</translation>
    </message>
    <message>
      <source>{count} backups could not be re-keyed: they open with the old passphrase only, and are listed as made under an earlier passphrase.</source>
      <translation type="unfinished">Ni ellid newid allwedd {count} copi wrth gefn: dim ond â'r hen gyfrinymadrodd y maent yn agor, ac fe'u rhestrir fel rhai a wnaed o dan gyfrinymadrodd cynharach.</translation>
    </message>
    <message>
      <source>The data file {file} is empty or missing, but Chair has backups of it in {folder}. Chair has not started a new, empty store in its place. The newest backup can be put back: Chair's window offers it once the passphrase is typed.</source>
      <translation type="unfinished">Mae'r ffeil ddata {file} yn wag neu ar goll, ond mae gan Chair gopïau wrth gefn ohoni yn {folder}. Nid yw Chair wedi dechrau storfa newydd, wag yn ei lle. Gellir rhoi'r copi wrth gefn diweddaraf yn ôl: mae ffenestr Chair yn ei gynnig unwaith y bydd y cyfrinymadrodd wedi'i deipio.</translation>
    </message>
    <message>
      <source>The encrypted copy did not pass its check.</source>
      <translation type="unfinished">Ni lwyddodd y copi wedi'i amgryptio yn ei wiriad.</translation>
    </message>
    <message>
      <source>The encrypted copy does not hold every row.</source>
      <translation type="unfinished">Nid yw'r copi wedi'i amgryptio yn cynnwys pob rhes.</translation>
    </message>
    <message>
      <source>The data in {folder} could not be encrypted, so it has been left as it was.</source>
      <translation type="unfinished">Ni ellid amgryptio'r data yn {folder}, felly mae wedi'i adael fel yr oedd.</translation>
    </message>
    <message>
      <source>There is no backup in {folder} that opens with this passphrase and passes its check. Nothing has been changed.</source>
      <translation type="unfinished">Nid oes copi wrth gefn yn {folder} sy'n agor â'r cyfrinymadrodd hwn ac sy'n llwyddo yn ei wiriad. Nid oes dim wedi'i newid.</translation>
    </message>
    <message>
      <source>The backup could not be put in place: the data folder {folder} cannot be written to. Nothing has been changed.</source>
      <translation type="unfinished">Ni ellid rhoi'r copi wrth gefn yn ei le: ni ellir ysgrifennu i'r ffolder data {folder}. Nid oes dim wedi'i newid.</translation>
    </message>
    <message>
      <source>The backup could not be put in place. The damaged file is kept in {folder}.</source>
      <translation type="unfinished">Ni ellid rhoi'r copi wrth gefn yn ei le. Cedwir y ffeil sydd wedi'i difrodi yn {folder}.</translation>
    </message>
    <message>
      <source>The backup put in place did not pass its check. The damaged file is kept in {folder}.</source>
      <translation type="unfinished">Ni lwyddodd y copi wrth gefn a roddwyd yn ei le yn ei wiriad. Cedwir y ffeil sydd wedi'i difrodi yn {folder}.</translation>
    </message>
    <message>
      <source>That passphrase is an earlier one: it opens backups made before the passphrase was changed, but the data itself is now under the newer passphrase. The data is not damaged. Type the current passphrase. Nothing has been changed.</source>
      <translation type="unfinished">Cyfrinymadrodd cynharach yw hwnnw: mae'n agor copïau wrth gefn a wnaed cyn i'r cyfrinymadrodd gael ei newid, ond mae'r data ei hun bellach o dan y cyfrinymadrodd mwy diweddar. Nid yw'r data wedi'i ddifrodi. Teipiwch y cyfrinymadrodd presennol. Nid oes dim wedi'i newid.</translation>
    </message>
    <message>
      <source>A change of passphrase was interrupted. Type the old or the new passphrase. The data is not damaged, and nothing has been changed.</source>
      <translation type="unfinished">Torrwyd ar draws newid cyfrinymadrodd. Teipiwch yr hen gyfrinymadrodd neu'r un newydd. Nid yw'r data wedi'i ddifrodi, ac nid oes dim wedi'i newid.</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <source>The backup {name} could not be checked after writing.</source>
      <translation type="unfinished">Ni ellid gwirio'r copi wrth gefn {name} ar ôl ei ysgrifennu.</translation>
    </message>
    <message>
      <source>There is no data file {file} to back up.</source>
      <translation type="unfinished">Nid oes ffeil ddata {file} i'w chopïo wrth gefn.</translation>
    </message>
    <message>
      <source>A backup of {file} could not be written in {folder}.</source>
      <translation type="unfinished">Ni ellid ysgrifennu copi wrth gefn o {file} yn {folder}.</translation>
    </message>
    <message>
      <source>The backup {name} was made under an earlier passphrase, so it does not open with the current one and has not been restored. It is not damaged. Nothing has been changed. Choose another backup.</source>
      <translation type="unfinished">Gwnaed y copi wrth gefn {name} o dan gyfrinymadrodd cynharach, felly nid yw'n agor â'r un presennol ac nid yw wedi'i adfer. Nid yw wedi'i ddifrodi. Nid oes dim wedi'i newid. Dewiswch gopi wrth gefn arall.</translation>
    </message>
    <message>
      <source>The backup {name} is damaged, or was made under another passphrase, so it has not been restored. Nothing has been changed. Choose another backup.</source>
      <translation type="unfinished">Mae'r copi wrth gefn {name} wedi'i ddifrodi, neu fe'i gwnaed o dan gyfrinymadrodd arall, felly nid yw wedi'i adfer. Nid oes dim wedi'i newid. Dewiswch gopi wrth gefn arall.</translation>
    </message>
    <message>
      <source>The backup {name} could not be read, so nothing has been changed.</source>
      <translation type="unfinished">Ni ellid darllen y copi wrth gefn {name}, felly nid oes dim wedi'i newid.</translation>
    </message>
    <message>
      <source>The data file {file} could not be replaced. The data as it was is backed up in {backup}.</source>
      <translation type="unfinished">Ni ellid disodli'r ffeil ddata {file}. Mae'r data fel yr oedd wedi'i gopïo wrth gefn yn {backup}.</translation>
    </message>
    <message>
      <source>The restored data file {file} did not pass its check. The data as it was is backed up in {backup}; restore that one.</source>
      <translation type="unfinished">Ni lwyddodd y ffeil ddata a adferwyd {file} yn ei gwiriad. Mae'r data fel yr oedd wedi'i gopïo wrth gefn yn {backup}; adferwch hwnnw.</translation>
    </message>
    <message>
      <source>startup</source>
      <translation type="unfinished">wrth agor</translation>
    </message>
    <message>
      <source>meeting closed</source>
      <translation type="unfinished">cyfarfod wedi'i gau</translation>
    </message>
    <message>
      <source>before import</source>
      <translation type="unfinished">cyn mewnforio</translation>
    </message>
    <message>
      <source>before upgrade</source>
      <translation type="unfinished">cyn uwchraddio</translation>
    </message>
    <message>
      <source>before encryption</source>
      <translation type="unfinished">cyn amgryptio</translation>
    </message>
    <message>
      <source>after encryption</source>
      <translation type="unfinished">ar ôl amgryptio</translation>
    </message>
    <message>
      <source>before restore</source>
      <translation type="unfinished">cyn adfer</translation>
    </message>
  </context>
  <context>
    <name>Families</name>
    <message>
      <source>{what} cannot be empty.</source>
      <translation type="unfinished">Ni all {what} fod yn wag.</translation>
    </message>
    <message>
      <source>The family's name</source>
      <translation type="unfinished">Enw'r teulu</translation>
    </message>
    <message>
      <source>A child's name</source>
      <translation type="unfinished">Enw plentyn</translation>
    </message>
    <message>
      <source>Categories only apply to a child protection plan.</source>
      <translation type="unfinished">Dim ond i gynllun amddiffyn plant y mae categorïau'n berthnasol.</translation>
    </message>
    <message>
      <source>This family has no child {id}.</source>
      <translation type="unfinished">Nid oes gan y teulu hwn blentyn {id}.</translation>
    </message>
    <message>
      <source>A person's name</source>
      <translation type="unfinished">Enw unigolyn</translation>
    </message>
    <message>
      <source>Not held: {reason}</source>
      <translation type="unfinished">Ni chynhaliwyd: {reason}</translation>
    </message>
    <message>
      <source>, a child in need plan follows</source>
      <translation type="unfinished">, a chynllun plentyn mewn angen yn dilyn</translation>
    </message>
  </context>
  <context>
    <name>Meetings</name>
    <message>
      <source>The chair and the minute-taker must be members of the network.</source>
      <translation type="unfinished">Rhaid i'r cadeirydd a'r cofnodwr fod yn aelodau o'r rhwydwaith.</translation>
    </message>
    <message>
      <source>The conference is quorate; there is nothing to record.</source>
      <translation type="unfinished">Mae'r gynhadledd yn gworwm; nid oes dim i'w gofnodi.</translation>
    </message>
    <message>
      <source>Say why the meeting was not held.</source>
      <translation type="unfinished">Dywedwch pam na chynhaliwyd y cyfarfod.</translation>
    </message>
    <message>
      <source>The new date must be after the date of the meeting not held.</source>
      <translation type="unfinished">Rhaid i'r dyddiad newydd fod ar ôl dyddiad y cyfarfod na chynhaliwyd.</translation>
    </message>
    <message>
      <source>This meeting was not held, so it has no minutes to send.</source>
      <translation type="unfinished">Ni chynhaliwyd y cyfarfod hwn, felly nid oes ganddo gofnodion i'w hanfon.</translation>
    </message>
    <message>
      <source>One person named is not in the family's network; an item can only be kept from people in it.</source>
      <translation type="unfinished">Nid yw un unigolyn a enwyd yn rhwydwaith y teulu; dim ond rhag pobl yn y rhwydwaith y gellir cadw eitem yn ôl.</translation>
    </message>
    <message>
      <source>{count} people named are not in the family's network; an item can only be kept from people in it.</source>
      <translation type="unfinished">Nid yw {count} o bobl a enwyd yn rhwydwaith y teulu; dim ond rhag pobl yn y rhwydwaith y gellir cadw eitem yn ôl.</translation>
    </message>
    <message>
      <source>Views on a child protection plan are given at conferences.</source>
      <translation type="unfinished">Rhoddir barn ar gynllun amddiffyn plant mewn cynadleddau.</translation>
    </message>
    <message>
      <source>Only professionals give a view on the plan. Parents, family and advocates are heard, and their views are recorded, but they are not counted.</source>
      <translation type="unfinished">Dim ond gweithwyr proffesiynol sy'n rhoi barn ar y cynllun. Clywir rhieni, teulu ac eiriolwyr, a chofnodir eu barn, ond nid yw'n cael ei chyfrif.</translation>
    </message>
    <message>
      <source>{name} is not marked present, so gives no view.</source>
      <translation type="unfinished">Nid yw {name} wedi'i nodi'n bresennol, felly nid yw'n rhoi barn.</translation>
    </message>
    <message>
      <source>{name} is the chair, so gives no view: the chair records the decision apart from the views, and the minute-taker has no other role.</source>
      <translation type="unfinished">{name} yw'r cadeirydd, felly nid yw'n rhoi barn: mae'r cadeirydd yn cofnodi'r penderfyniad ar wahân i'r farn, ac nid oes gan y cofnodwr rôl arall.</translation>
    </message>
    <message>
      <source>{name} is the minute-taker, so gives no view: the chair records the decision apart from the views, and the minute-taker has no other role.</source>
      <translation type="unfinished">{name} yw'r cofnodwr, felly nid yw'n rhoi barn: mae'r cadeirydd yn cofnodi'r penderfyniad ar wahân i'r farn, ac nid oes gan y cofnodwr rôl arall.</translation>
    </message>
    <message>
      <source>A decision on a child protection plan is made at a conference.</source>
      <translation type="unfinished">Gwneir penderfyniad ar gynllun amddiffyn plant mewn cynhadledd.</translation>
    </message>
    <message>
      <source>Left at {left} is not after arrived at {arrived}. Check the two times.</source>
      <translation type="unfinished">Nid yw gadael am {left} ar ôl cyrraedd am {arrived}. Gwiriwch y ddau amser.</translation>
    </message>
    <message>
      <source>Someone cannot be their own representative.</source>
      <translation type="unfinished">Ni all rhywun fod yn gynrychiolydd iddo'i hun.</translation>
    </message>
    <message>
      <source>The representative is not in the family's network.</source>
      <translation type="unfinished">Nid yw'r cynrychiolydd yn rhwydwaith y teulu.</translation>
    </message>
    <message>
      <source>Type the representative's name.</source>
      <translation type="unfinished">Teipiwch enw'r cynrychiolydd.</translation>
    </message>
    <message>
      <source>The person represented is not in the family's network.</source>
      <translation type="unfinished">Nid yw'r unigolyn a gynrychiolir yn rhwydwaith y teulu.</translation>
    </message>
    <message>
      <source>Only the family's own children can be recorded as present.</source>
      <translation type="unfinished">Dim ond plant y teulu ei hun y gellir eu cofnodi'n bresennol.</translation>
    </message>
    <message>
      <source>A score is a whole number from 0 to 10.</source>
      <translation type="unfinished">Mae sgôr yn rhif cyfan o 0 i 10.</translation>
    </message>
    <message>
      <source>Only a Core Group records the review conference date and asks for an early review conference.</source>
      <translation type="unfinished">Dim ond Grŵp Craidd sy'n cofnodi dyddiad y gynhadledd adolygu ac yn gofyn am gynhadledd adolygu gynnar.</translation>
    </message>
    <message>
      <source>The review conference date, {date}, must be after this meeting ({meeting}).</source>
      <translation type="unfinished">Rhaid i ddyddiad y gynhadledd adolygu, {date}, fod ar ôl y cyfarfod hwn ({meeting}).</translation>
    </message>
  </context>
  <context>
    <name>RecordImport</name>
    <message>
      <source>Added {what}.</source>
      <translation type="unfinished">Ychwanegwyd {what}.</translation>
    </message>
    <message>
      <source>{what}: already up to date.</source>
      <translation type="unfinished">{what}: yn gyfredol eisoes.</translation>
    </message>
    <message>
      <source>{what}: this laptop's version is newer than the record's; kept.</source>
      <translation type="unfinished">{what}: mae fersiwn y gliniadur hwn yn fwy diweddar na fersiwn y cofnod; fe'i cadwyd.</translation>
    </message>
    <message>
      <source>{what}: kept {kept} (not in the record).</source>
      <translation type="unfinished">{what}: cadwyd {kept} (nid yw yn y cofnod).</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation type="unfinished">(dim)</translation>
    </message>
    <message>
      <source>added {what}</source>
      <translation type="unfinished">ychwanegwyd {what}</translation>
    </message>
    <message>
      <source>removed {what}</source>
      <translation type="unfinished">tynnwyd {what}</translation>
    </message>
    <message>
      <source>HERE</source>
      <translation type="unfinished">YMA</translation>
    </message>
    <message>
      <source>IN THE RECORD</source>
      <translation type="unfinished">YN Y COFNOD</translation>
    </message>
    <message>
      <source>(not here)</source>
      <translation type="unfinished">(nid yw yma)</translation>
    </message>
    <message>
      <source>(here)</source>
      <translation type="unfinished">(yma)</translation>
    </message>
    <message>
      <source>(not in the record)</source>
      <translation type="unfinished">(nid yw yn y cofnod)</translation>
    </message>
    <message>
      <source>(in the record)</source>
      <translation type="unfinished">(yn y cofnod)</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
      <source>{kind} on {date}</source>
      <translation type="unfinished">{kind} ar {date}</translation>
    </message>
    <message>
      <source>The record cannot be imported: {problem}</source>
      <translation type="unfinished">Ni ellir mewnforio'r cofnod: {problem}</translation>
    </message>
    <message>
      <source>There is no family {id}.</source>
      <translation type="unfinished">Nid oes teulu {id}.</translation>
    </message>
    <message>
      <source>No family here has this record's family. Choose the family it is for, or add it as a new family.</source>
      <translation type="unfinished">Nid oes gan unrhyw deulu yma deulu'r cofnod hwn. Dewiswch y teulu y mae ar ei gyfer, neu ychwanegwch ef fel teulu newydd.</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation type="unfinished">Ni fewnforiwyd dim.</translation>
    </message>
    <message>
      <source>{count} differences need a choice: this laptop's version was changed since it was last handed over, and the record's differs.</source>
      <translation type="unfinished">Mae angen dewis ar {count} o wahaniaethau: newidiwyd fersiwn y gliniadur hwn ers iddo gael ei drosglwyddo ddiwethaf, ac mae fersiwn y cofnod yn wahanol.</translation>
    </message>
    <message>
      <source>The record was imported.</source>
      <translation type="unfinished">Mewnforiwyd y cofnod.</translation>
    </message>
    <message>
      <source>Everything in the record is already here.</source>
      <translation type="unfinished">Mae popeth yn y cofnod yma eisoes.</translation>
    </message>
    <message>
      <source>same family name</source>
      <translation type="unfinished">yr un enw teulu</translation>
    </message>
    <message>
      <source>child {name}, same date of birth</source>
      <translation type="unfinished">plentyn {name}, yr un dyddiad geni</translation>
    </message>
    <message>
      <source>child {name}</source>
      <translation type="unfinished">plentyn {name}</translation>
    </message>
    <message>
      <source>a child born on {date}</source>
      <translation type="unfinished">plentyn a anwyd ar {date}</translation>
    </message>
    <message>
      <source>The {what} is held here in another family.</source>
      <translation type="unfinished">Cedwir {what} yma mewn teulu arall.</translation>
    </message>
    <message>
      <source> and {count} more</source>
      <translation type="unfinished"> a {count} arall</translation>
    </message>
    <message>
      <source>The minutes of the {what} are agreed here, and agreed minutes never change; the record differs ({differences}).</source>
      <translation type="unfinished">Mae cofnodion {what} wedi'u cytuno yma, ac nid yw cofnodion cytûn byth yn newid; mae'r cofnod yn wahanol ({differences}).</translation>
    </message>
    <message>
      <source>The {what}, decision {number}: {problem}</source>
      <translation type="unfinished">{what}, penderfyniad {number}: {problem}</translation>
    </message>
    <message>
      <source>Family network ({name})</source>
      <translation type="unfinished">Rhwydwaith y teulu ({name})</translation>
    </message>
  </context>
  <context>
    <name>RecordExport</name>
    <message>
      <source>A record holds at least one meeting.</source>
      <translation type="unfinished">Mae cofnod yn cynnwys o leiaf un cyfarfod.</translation>
    </message>
    <message>
      <source>A record holds meetings of one family only.</source>
      <translation type="unfinished">Mae cofnod yn cynnwys cyfarfodydd un teulu yn unig.</translation>
    </message>
    <message>
      <source>Meeting {id} does not exist.</source>
      <translation type="unfinished">Nid yw cyfarfod {id} yn bodoli.</translation>
    </message>
  </context>
  <context>
    <name>RecordFormat</name>
    <message>
      <source>Version {version} is marked agreed, but its fingerprint does not match the record's content: the record was changed after it was agreed. ({label}; nothing was imported.)</source>
      <translation type="unfinished">Mae fersiwn {version} wedi'i nodi'n gytûn, ond nid yw ei ôl bys yn cyfateb i gynnwys y cofnod: newidiwyd y cofnod ar ôl iddo gael ei gytuno. ({label}; ni fewnforiwyd dim.)</translation>
    </message>
    <message>
      <source>The file {file} is larger than {size}, the largest record this laptop imports (File &gt; Settings); nothing was imported.</source>
      <translation type="unfinished">Mae'r ffeil {file} yn fwy na {size}, y cofnod mwyaf y mae'r gliniadur hwn yn ei fewnforio (Ffeil &gt; Gosodiadau); ni fewnforiwyd dim.</translation>
    </message>
    <message>
      <source>The file {file}</source>
      <translation type="unfinished">y ffeil {file}</translation>
    </message>
    <message>
      <source>This is not a Chair meeting record: its "format" is not "{name}".</source>
      <translation type="unfinished">Nid cofnod cyfarfod Chair yw hwn: nid "{name}" yw ei "format".</translation>
    </message>
    <message>
      <source>The record has no valid "format_version".</source>
      <translation type="unfinished">Nid oes "format_version" dilys gan y cofnod.</translation>
    </message>
    <message>
      <source>This record was written by a newer version of Chair (record format {version}; this version reads format {known}). Update Chair to import it.</source>
      <translation type="unfinished">Ysgrifennwyd y cofnod hwn gan fersiwn mwy diweddar o Chair (fformat cofnod {version}; mae'r fersiwn hon yn darllen fformat {known}). Diweddarwch Chair i'w fewnforio.</translation>
    </message>
    <message>
      <source>The record is not valid at {where}: {problem}</source>
      <translation type="unfinished">Nid yw'r cofnod yn ddilys yn {where}: {problem}</translation>
    </message>
    <message>
      <source>The record holds two records with the same uuid {uuid}.</source>
      <translation type="unfinished">Mae'r cofnod yn cynnwys dau gofnod â'r un uuid {uuid}.</translation>
    </message>
    <message>
      <source>The record's text at {where} is longer than {count} characters, more than any meeting record Chair writes; nothing was imported.</source>
      <translation type="unfinished">Mae testun y cofnod yn {where} yn hwy na {count} nod, mwy nag unrhyw gofnod cyfarfod y mae Chair yn ei ysgrifennu; ni fewnforiwyd dim.</translation>
    </message>
    <message>
      <source>The record has more than {count} items at {where}, more than any meeting record Chair writes; nothing was imported.</source>
      <translation type="unfinished">Mae gan y cofnod fwy na {count} eitem yn {where}, mwy nag unrhyw gofnod cyfarfod y mae Chair yn ei ysgrifennu; ni fewnforiwyd dim.</translation>
    </message>
    <message>
      <source>{where} (a name)</source>
      <translation type="unfinished">{where} (enw)</translation>
    </message>
    <message>
      <source>{name} is nested too deeply: lists and objects more than {count} levels inside one another, more than any meeting record Chair writes; nothing was imported.</source>
      <translation type="unfinished">Mae {name} wedi'i nythu'n rhy ddwfn: rhestrau a gwrthrychau fwy na {count} lefel y tu mewn i'w gilydd, mwy nag unrhyw gofnod cyfarfod y mae Chair yn ei ysgrifennu; ni fewnforiwyd dim.</translation>
    </message>
    <message>
      <source>{name} is not a Chair meeting record (not JSON).</source>
      <translation type="unfinished">Nid yw {name} yn gofnod cyfarfod Chair (nid JSON).</translation>
    </message>
    <message>
      <source>{name} is not a Chair meeting record.</source>
      <translation type="unfinished">Nid yw {name} yn gofnod cyfarfod Chair.</translation>
    </message>
    <message>
      <source>The file {file} cannot be read: {reason}.</source>
      <translation type="unfinished">Ni ellir darllen y ffeil {file}: {reason}.</translation>
    </message>
  </context>
  <context>
    <name>RecordPackage</name>
    <message>
      <source>{name} is not a Chair record package.</source>
      <translation type="unfinished">Nid yw {name} yn becyn cofnod Chair.</translation>
    </message>
    <message>
      <source>{name} was made by a newer version of Chair (package format {version}; this version reads format {known}). Open it with the newer version.</source>
      <translation type="unfinished">Gwnaed {name} gan fersiwn mwy diweddar o Chair (fformat pecyn {version}; mae'r fersiwn hon yn darllen fformat {known}). Agorwch ef â'r fersiwn mwy diweddar.</translation>
    </message>
    <message>
      <source>{name} is damaged: its header has been changed since it was made, so it cannot be opened. Ask the person who sent it for a fresh copy.</source>
      <translation type="unfinished">Mae {name} wedi'i ddifrodi: mae ei bennawd wedi'i newid ers ei wneud, felly ni ellir ei agor. Gofynnwch i'r sawl a'i hanfonodd am gopi newydd.</translation>
    </message>
    <message>
      <source>{name} is damaged: its header is not one Chair writes.</source>
      <translation type="unfinished">Mae {name} wedi'i ddifrodi: nid yw ei bennawd yn un y mae Chair yn ei ysgrifennu.</translation>
    </message>
    <message>
      <source>{name} asks for more work to open than Chair ever writes (Argon2id {iterations} passes, {memory} MiB, {lanes} lanes; Chair writes {our_iterations} passes, {our_memory} MiB, {our_lanes} lanes). It was not opened.</source>
      <translation type="unfinished">Mae {name} yn gofyn am fwy o waith i'w agor nag y mae Chair byth yn ei ysgrifennu (Argon2id {iterations} pas, {memory} MiB, {lanes} lôn; mae Chair yn ysgrifennu {our_iterations} pas, {our_memory} MiB, {our_lanes} lôn). Ni chafodd ei agor.</translation>
    </message>
    <message>
      <source>The package</source>
      <translation type="unfinished">y pecyn</translation>
    </message>
    <message>
      <source>That passphrase does not open {name}. Check it with the person who sent it.</source>
      <translation type="unfinished">Nid yw'r cyfrinymadrodd hwnnw'n agor {name}. Gwiriwch ef gyda'r sawl a'i hanfonodd.</translation>
    </message>
    <message>
      <source>{name} is damaged: it has bytes after the end of the package.</source>
      <translation type="unfinished">Mae {name} wedi'i ddifrodi: mae ganddo beitiau ar ôl diwedd y pecyn.</translation>
    </message>
    <message>
      <source>{name} is damaged: its contents do not match its seal.</source>
      <translation type="unfinished">Mae {name} wedi'i ddifrodi: nid yw ei gynnwys yn cyfateb i'w sêl.</translation>
    </message>
    <message>
      <source>{name} unpacks to more than {size}, the largest record this laptop imports (File &gt; Settings). It was not opened.</source>
      <translation type="unfinished">Mae {name} yn dadbacio i fwy na {size}, y cofnod mwyaf y mae'r gliniadur hwn yn ei fewnforio (Ffeil &gt; Gosodiadau). Ni chafodd ei agor.</translation>
    </message>
    <message>
      <source>{name} is damaged: its contents cannot be unpacked.</source>
      <translation type="unfinished">Mae {name} wedi'i ddifrodi: ni ellir dadbacio ei gynnwys.</translation>
    </message>
    <message>
      <source>{name} is larger than {size}, the largest record this laptop imports (File &gt; Settings). It was not opened.</source>
      <translation type="unfinished">Mae {name} yn fwy na {size}, y cofnod mwyaf y mae'r gliniadur hwn yn ei fewnforio (Ffeil &gt; Gosodiadau). Ni chafodd ei agor.</translation>
    </message>
    <message>
      <source>{name} is cut short: it is not the whole package.</source>
      <translation type="unfinished">Mae {name} wedi'i dorri'n fyr: nid dyma'r pecyn cyfan.</translation>
    </message>
  </context>
  <context>
    <name>Rekey</name>
    <message>
      <source>A change of passphrase was interrupted before it took effect, so Chair has undone it: the data still opens with the passphrase it had before. Nothing was lost.</source>
      <translation type="unfinished">Torrwyd ar draws newid cyfrinymadrodd cyn iddo ddod i rym, felly mae Chair wedi'i ddadwneud: mae'r data'n dal i agor â'r cyfrinymadrodd oedd ganddo o'r blaen. Ni chollwyd dim.</translation>
    </message>
    <message>
      <source>A change of passphrase was interrupted; Chair has now finished it: the data and its backups open with the new passphrase. Nothing was lost.</source>
      <translation type="unfinished">Torrwyd ar draws newid cyfrinymadrodd; mae Chair bellach wedi'i gwblhau: mae'r data a'i gopïau wrth gefn yn agor â'r cyfrinymadrodd newydd. Ni chollwyd dim.</translation>
    </message>
    <message>
      <source>The copy of {name} did not pass its check.</source>
      <translation type="unfinished">Ni lwyddodd y copi o {name} yn ei wiriad.</translation>
    </message>
    <message>
      <source>{name} could not be copied.</source>
      <translation type="unfinished">Ni ellid copïo {name}.</translation>
    </message>
    <message>
      <source>An earlier change of passphrase is not finished. Close Chair and open it again.</source>
      <translation type="unfinished">Nid yw newid cyfrinymadrodd cynharach wedi'i gwblhau. Caewch Chair a'i agor eto.</translation>
    </message>
    <message>
      <source>The data could not be made ready to re-key; it still opens with the old passphrase.</source>
      <translation type="unfinished">Ni ellid paratoi'r data i newid ei allwedd; mae'n dal i agor â'r hen gyfrinymadrodd.</translation>
    </message>
    <message>
      <source>The data could not be re-keyed, so it has been left as it was: it still opens with the old passphrase.</source>
      <translation type="unfinished">Ni ellid newid allwedd y data, felly mae wedi'i adael fel yr oedd: mae'n dal i agor â'r hen gyfrinymadrodd.</translation>
    </message>
    <message>
      <source>Another copy of Chair is changing the passphrase of this data. Try again when it has finished.</source>
      <translation type="unfinished">Mae copi arall o Chair yn newid cyfrinymadrodd y data hwn. Rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
      <source>Type the passphrase it had before the change was started.</source>
      <translation type="unfinished">Teipiwch y cyfrinymadrodd oedd ganddo cyn i'r newid ddechrau.</translation>
    </message>
    <message>
      <source>A change of passphrase was interrupted. Type the old or the new passphrase.</source>
      <translation type="unfinished">Torrwyd ar draws newid cyfrinymadrodd. Teipiwch yr hen gyfrinymadrodd neu'r un newydd.</translation>
    </message>
    <message>
      <source>A change of passphrase was interrupted. Type the old or the new passphrase: with the old one Chair undoes the change, with the new one it finishes it. The data is not damaged, and nothing has been changed.</source>
      <translation type="unfinished">Torrwyd ar draws newid cyfrinymadrodd. Teipiwch yr hen gyfrinymadrodd neu'r un newydd: gyda'r hen un mae Chair yn dadwneud y newid, gyda'r un newydd mae'n ei gwblhau. Nid yw'r data wedi'i ddifrodi, ac nid oes dim wedi'i newid.</translation>
    </message>
    <message>
      <source>A change of passphrase was interrupted after it took effect: the data now opens with the new passphrase only. Type the new passphrase, and Chair finishes the change. The data is not damaged, and nothing has been changed.</source>
      <translation type="unfinished">Torrwyd ar draws newid cyfrinymadrodd ar ôl iddo ddod i rym: dim ond â'r cyfrinymadrodd newydd y mae'r data'n agor bellach. Teipiwch y cyfrinymadrodd newydd, a bydd Chair yn cwblhau'r newid. Nid yw'r data wedi'i ddifrodi, ac nid oes dim wedi'i newid.</translation>
    </message>
  </context>
  <context>
    <name>Signing</name>
    <message>
      <source>The council's signing files in {folder} are incomplete: {missing} is missing. Ask IT to put both {certificate} and {key} there.</source>
      <translation type="unfinished">Mae ffeiliau llofnodi'r cyngor yn {folder} yn anghyflawn: mae {missing} ar goll. Gofynnwch i TG roi {certificate} a {key} yno.</translation>
    </message>
    <message>
      <source>The council's signing key in {folder} cannot be used: {problem} Ask IT to check it.</source>
      <translation type="unfinished">Ni ellir defnyddio allwedd llofnodi'r cyngor yn {folder}: {problem} Gofynnwch i TG ei gwirio.</translation>
    </message>
    <message>
      <source>The council's signing files in {folder} cannot be read: {reason}.</source>
      <translation type="unfinished">Ni ellir darllen ffeiliau llofnodi'r cyngor yn {folder}: {reason}.</translation>
    </message>
  </context>
  <context>
    <name>SiteConfig</name>
    <message>
      <source>{file}: the file must hold one JSON object</source>
      <translation type="unfinished">{file}: rhaid i'r ffeil gynnwys un gwrthrych JSON</translation>
    </message>
    <message>
      <source>{file}: field '{name}' is not known (use 'defaults' and 'fixed')</source>
      <translation type="unfinished">{file}: nid yw'r maes '{name}' yn hysbys (defnyddiwch 'defaults' a 'fixed')</translation>
    </message>
    <message>
      <source>{file}: field 'defaults' must be an object of settings</source>
      <translation type="unfinished">{file}: rhaid i'r maes 'defaults' fod yn wrthrych o osodiadau</translation>
    </message>
    <message>
      <source>{file}: field 'defaults.{name}' is not a setting (they are: {known})</source>
      <translation type="unfinished">{file}: nid yw'r maes 'defaults.{name}' yn osodiad (y gosodiadau yw: {known})</translation>
    </message>
    <message>
      <source>{file}: field 'defaults.{name}': {problem}; it is not used</source>
      <translation type="unfinished">{file}: maes 'defaults.{name}': {problem}; ni chaiff ei ddefnyddio</translation>
    </message>
    <message>
      <source>{file}: field 'fixed' must be a list of setting names</source>
      <translation type="unfinished">{file}: rhaid i'r maes 'fixed' fod yn rhestr o enwau gosodiadau</translation>
    </message>
    <message>
      <source>{file}: field 'fixed' names '{name}', which is not a setting</source>
      <translation type="unfinished">{file}: mae'r maes 'fixed' yn enwi '{name}', nad yw'n osodiad</translation>
    </message>
    <message>
      <source>{file}: field 'fixed' names '{name}', but 'defaults' gives it no usable value; it is not fixed</source>
      <translation type="unfinished">{file}: mae'r maes 'fixed' yn enwi '{name}', ond nid yw 'defaults' yn rhoi gwerth y gellir ei ddefnyddio iddo; nid yw wedi'i bennu</translation>
    </message>
    <message>
      <source>{value} is not a nation (use one of {nations})</source>
      <translation type="unfinished">nid yw {value} yn wlad (defnyddiwch un o {nations})</translation>
    </message>
    <message>
      <source>{value} is not text</source>
      <translation type="unfinished">nid yw {value} yn destun</translation>
    </message>
    <message>
      <source>{value} is not true or false</source>
      <translation type="unfinished">nid yw {value} yn wir nac yn anwir (true/false)</translation>
    </message>
    <message>
      <source>{value} is not a whole number from {low} to {high}</source>
      <translation type="unfinished">nid yw {value} yn rhif cyfan o {low} i {high}</translation>
    </message>
    <message>
      <source>{file}: the file is too big (more than 64 KB)</source>
      <translation type="unfinished">{file}: mae'r ffeil yn rhy fawr (mwy na 64 KB)</translation>
    </message>
    <message>
      <source>{file}: the file is not UTF-8 text (bad byte at position {position})</source>
      <translation type="unfinished">{file}: nid yw'r ffeil yn destun UTF-8 (beit gwallus yn safle {position})</translation>
    </message>
    <message>
      <source>{file}: this is not valid JSON (line {line}, column {column}: {problem})</source>
      <translation type="unfinished">{file}: nid yw hwn yn JSON dilys (llinell {line}, colofn {column}: {problem})</translation>
    </message>
    <message>
      <source>{folder}: there is no configuration folder here</source>
      <translation type="unfinished">{folder}: nid oes ffolder ffurfweddu yma</translation>
    </message>
    <message>
      <source>{folder}: the folder cannot be read ({reason})</source>
      <translation type="unfinished">{folder}: ni ellir darllen y ffolder ({reason})</translation>
    </message>
    <message>
      <source>{file}: field 'defaults.timescale_policy': {problem}</source>
      <translation type="unfinished">{file}: maes 'defaults.timescale_policy': {problem}</translation>
    </message>
    <message>
      <source>{file}: field 'defaults.timescale_policy': the policy {policy} is for {policy_nation}, but 'defaults.nation' is {nation}</source>
      <translation type="unfinished">{file}: maes 'defaults.timescale_policy': mae'r polisi {policy} ar gyfer {policy_nation}, ond {nation} yw 'defaults.nation'</translation>
    </message>
    <message>
      <source>{file}: the file name is not a meeting type (use one of {names})</source>
      <translation type="unfinished">{file}: nid yw enw'r ffeil yn fath o gyfarfod (defnyddiwch un o {names})</translation>
    </message>
    <message>
      <source>{file}: the file could not be read ({reason})</source>
      <translation type="unfinished">{file}: ni ellid darllen y ffeil ({reason})</translation>
    </message>
    <message>
      <source>{value} is not a language (use one of {languages})</source>
      <translation type="unfinished">Nid yw {value} yn iaith (defnyddiwch un o {languages})</translation>
    </message>
  </context>
  <context>
    <name>StepTimes</name>
    <message>
      <source>Not an agenda step: {steps}.</source>
      <translation type="unfinished">Nid yw'n gam ar yr agenda: {steps}.</translation>
    </message>
  </context>
  <context>
    <name>WithholdingItems</name>
    <message>
      <source>That person is not in this meeting's network.</source>
      <translation type="unfinished">Nid yw'r unigolyn hwnnw yn rhwydwaith y cyfarfod hwn.</translation>
    </message>
    <message>
      <source>That child is not in this family.</source>
      <translation type="unfinished">Nid yw'r plentyn hwnnw yn y teulu hwn.</translation>
    </message>
    <message>
      <source>That danger statement is not in this meeting.</source>
      <translation type="unfinished">Nid yw'r datganiad perygl hwnnw yn y cyfarfod hwn.</translation>
    </message>
    <message>
      <source>That part of the contingency plan is not in this meeting.</source>
      <translation type="unfinished">Nid yw'r rhan honno o'r cynllun wrth gefn yn y cyfarfod hwn.</translation>
    </message>
    <message>
      <source>That decision is not in this meeting.</source>
      <translation type="unfinished">Nid yw'r penderfyniad hwnnw yn y cyfarfod hwn.</translation>
    </message>
    <message>
      <source>Nothing was recorded from that person on this decision.</source>
      <translation type="unfinished">Ni chofnodwyd dim gan yr unigolyn hwnnw ar y penderfyniad hwn.</translation>
    </message>
  </context>
</TS>
