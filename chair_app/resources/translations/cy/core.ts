<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
  <context>
    <name>Domain</name>
    <message>
      <source>First Core Group</source>
      <translation type="unfinished">Grŵp Craidd Cyntaf</translation>
    </message>
    <message>
      <source>Core Group</source>
      <translation type="unfinished">Grŵp Craidd</translation>
    </message>
    <message>
      <source>Child in Need meeting</source>
      <translation type="unfinished">Cyfarfod Plentyn mewn Angen</translation>
    </message>
    <message>
      <source>Initial Child Protection Conference</source>
      <translation type="unfinished">Cynhadledd Amddiffyn Plant Gychwynnol</translation>
    </message>
    <message>
      <source>Review Child Protection Conference</source>
      <translation type="unfinished">Cynhadledd Adolygu Amddiffyn Plant</translation>
    </message>
    <message>
      <source>Looked-After Child review</source>
      <translation type="unfinished">Adolygiad Plentyn sy'n Derbyn Gofal</translation>
    </message>
    <message>
      <source>Strategy meeting</source>
      <translation type="unfinished">Cyfarfod strategaeth</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation type="unfinished">Drafft</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation type="unfinished">Ar y gweill</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation type="unfinished">Wedi cau</translation>
    </message>
    <message>
      <source>Not held</source>
      <translation type="unfinished">Heb ei gynnal</translation>
    </message>
    <message>
      <source>Child protection plan</source>
      <translation type="unfinished">Cynllun amddiffyn plant</translation>
    </message>
    <message>
      <source>Child in need plan</source>
      <translation type="unfinished">Cynllun plentyn mewn angen</translation>
    </message>
    <message>
      <source>No plan</source>
      <translation type="unfinished">Dim cynllun</translation>
    </message>
    <message>
      <source>Neglect</source>
      <translation type="unfinished">Esgeulustod</translation>
    </message>
    <message>
      <source>Physical abuse</source>
      <translation type="unfinished">Cam-drin corfforol</translation>
    </message>
    <message>
      <source>Emotional abuse</source>
      <translation type="unfinished">Cam-drin emosiynol</translation>
    </message>
    <message>
      <source>Sexual abuse</source>
      <translation type="unfinished">Cam-drin rhywiol</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation type="unfinished">Heb ei gofnodi</translation>
    </message>
    <message>
      <source>Present</source>
      <translation type="unfinished">Yn bresennol</translation>
    </message>
    <message>
      <source>Sent apologies</source>
      <translation type="unfinished">Wedi anfon ymddiheuriadau</translation>
    </message>
    <message>
      <source>Did not attend</source>
      <translation type="unfinished">Heb ddod</translation>
    </message>
    <message>
      <source>Sent a written report</source>
      <translation type="unfinished">Wedi anfon adroddiad ysgrifenedig</translation>
    </message>
    <message>
      <source>Represented by someone else</source>
      <translation type="unfinished">Wedi'i gynrychioli gan rywun arall</translation>
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished">Ar agor</translation>
    </message>
    <message>
      <source>Done</source>
      <translation type="unfinished">Wedi'i wneud</translation>
    </message>
    <message>
      <source>Partly done</source>
      <translation type="unfinished">Wedi'i wneud yn rhannol</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation type="unfinished">Heb ei wneud</translation>
    </message>
    <message>
      <source>No longer needed</source>
      <translation type="unfinished">Dim angen mwyach</translation>
    </message>
    <message>
      <source>Not voted</source>
      <translation type="unfinished">Heb bleidleisio</translation>
    </message>
    <message>
      <source>For</source>
      <translation type="unfinished">O blaid</translation>
    </message>
    <message>
      <source>Against</source>
      <translation type="unfinished">Yn erbyn</translation>
    </message>
    <message>
      <source>Abstain</source>
      <translation type="unfinished">Ymatal</translation>
    </message>
    <message>
      <source>No view given</source>
      <translation type="unfinished">Heb farn</translation>
    </message>
    <message>
      <source>Plan continues</source>
      <translation type="unfinished">Y cynllun yn parhau</translation>
    </message>
    <message>
      <source>Plan ends</source>
      <translation type="unfinished">Y cynllun yn dod i ben</translation>
    </message>
  </context>
  <context>
    <name>Translations</name>
    <message>
      <source>{language} is not installed with this copy of Chair: {files} missing. Reinstall Chair, or run scripts/translations in its folder.</source>
      <translation type="unfinished">Nid yw {language} wedi'i osod gyda'r copi hwn o Chair: mae {files} ar goll. Gosodwch Chair eto, neu rhedwch scripts/translations yn ei ffolder.</translation>
    </message>
    <message>
      <source>{language} could not be loaded: {file} is damaged.</source>
      <translation type="unfinished">Nid oedd modd llwytho {language}: mae {file} wedi'i ddifrodi.</translation>
    </message>
  </context>
  <context>
    <name>Attendance</name>
    <message>
      <source>, for {agency}</source>
      <translation type="unfinished">, ar ran {agency}</translation>
    </message>
    <message>
      <source>arrived {time}</source>
      <translation type="unfinished">cyrhaeddodd am {time}</translation>
    </message>
    <message>
      <source>left {time}</source>
      <translation type="unfinished">gadawodd am {time}</translation>
    </message>
    <message>
      <source>interpreter: {language}</source>
      <translation type="unfinished">cyfieithydd: {language}</translation>
    </message>
    <message>
      <source>Represented by {who}</source>
      <translation type="unfinished">Cynrychiolwyd gan {who}</translation>
    </message>
    <message>
      <source>in place of {names}</source>
      <translation type="unfinished">yn lle {names}</translation>
    </message>
    <message>
      <source> and </source>
      <translation type="unfinished"> a </translation>
    </message>
    <message>
      <source>Not invited</source>
      <translation type="unfinished">Heb ei wahodd</translation>
    </message>
    <message>
      <source>came {in_place_of}</source>
      <translation type="unfinished">daeth {in_place_of}</translation>
    </message>
    <message>
      <source>reason: {reason}</source>
      <translation type="unfinished">rheswm: {reason}</translation>
    </message>
  </context>
  <context>
    <name>Children</name>
    <message>
      <source>Unborn baby</source>
      <translation type="unfinished">Babi heb ei eni</translation>
    </message>
    <message>
      <source>expected {date}</source>
      <translation type="unfinished">disgwylir {date}</translation>
    </message>
    <message>
      <source>not born yet, expected date not recorded</source>
      <translation type="unfinished">heb ei eni eto, dim dyddiad disgwyliedig wedi'i gofnodi</translation>
    </message>
    <message>
      <source>{name}, born {date} ({plan})</source>
      <translation type="unfinished">{name}, ganwyd {date} ({plan})</translation>
    </message>
    <message>
      <source>Not born yet</source>
      <translation type="unfinished">Heb ei eni eto</translation>
    </message>
    <message>
      <source>Expected {date}</source>
      <translation type="unfinished">Disgwylir {date}</translation>
    </message>
    <message>
      <source>The date of birth, {date}, is in the future. If the baby is not born yet, tick “Not born yet” and type the expected date of delivery.</source>
      <translation type="unfinished">Mae'r dyddiad geni, {date}, yn y dyfodol. Os nad yw'r babi wedi'i eni eto, ticiwch “Heb ei eni eto” a theipiwch y dyddiad geni disgwyliedig.</translation>
    </message>
    <message>
      <source>A child not born yet has no date of birth: type the expected date of delivery.</source>
      <translation type="unfinished">Nid oes gan blentyn heb ei eni ddyddiad geni: teipiwch y dyddiad geni disgwyliedig.</translation>
    </message>
    <message>
      <source>Type the expected date of delivery of the baby not born yet.</source>
      <translation type="unfinished">Teipiwch ddyddiad geni disgwyliedig y babi sydd heb ei eni eto.</translation>
    </message>
    <message>
      <source>The expected date of delivery, {date}, is more than 4 weeks ago. Check the date; if the baby has been born, use “Record the birth” instead.</source>
      <translation type="unfinished">Roedd y dyddiad geni disgwyliedig, {date}, fwy na 4 wythnos yn ôl. Gwiriwch y dyddiad; os yw'r babi wedi'i eni, defnyddiwch “Cofnodi'r enedigaeth” yn lle hynny.</translation>
    </message>
    <message>
      <source>The expected date of delivery, {date}, is more than 42 weeks from today. Check the date.</source>
      <translation type="unfinished">Mae'r dyddiad geni disgwyliedig, {date}, fwy na 42 wythnos o heddiw. Gwiriwch y dyddiad.</translation>
    </message>
    <message>
      <source>{name}'s birth is already recorded.</source>
      <translation type="unfinished">Mae genedigaeth {name} wedi'i chofnodi eisoes.</translation>
    </message>
    <message>
      <source>Type the baby's name (it can be changed later).</source>
      <translation type="unfinished">Teipiwch enw'r babi (gellir ei newid yn nes ymlaen).</translation>
    </message>
    <message>
      <source>Type the date of birth.</source>
      <translation type="unfinished">Teipiwch y dyddiad geni.</translation>
    </message>
    <message>
      <source>The date of birth, {date}, is in the future: a birth can only be recorded once it has happened.</source>
      <translation type="unfinished">Mae'r dyddiad geni, {date}, yn y dyfodol: dim ond ar ôl iddi ddigwydd y gellir cofnodi genedigaeth.</translation>
    </message>
    <message>
      <source>The date of birth, {date}, is more than 20 weeks before the expected date, {expected}. Check the date.</source>
      <translation type="unfinished">Mae'r dyddiad geni, {date}, fwy nag 20 wythnos cyn y dyddiad disgwyliedig, {expected}. Gwiriwch y dyddiad.</translation>
    </message>
  </context>
  <context>
    <name>Conference</name>
    <message>
      <source>A Core Group should not go ahead without the child's social worker, and no social worker is marked as present.</source>
      <translation type="unfinished">Ni ddylai Grŵp Craidd fynd yn ei flaen heb weithiwr cymdeithasol y plentyn, ac nid oes gweithiwr cymdeithasol wedi'i nodi'n bresennol.</translation>
    </message>
    <message>
      <source>Children's social care is not present.</source>
      <translation type="unfinished">Nid yw'r gwasanaethau cymdeithasol i blant yn bresennol.</translation>
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished">dim</translation>
    </message>
    <message>
      <source>Only 1 agency is present ({present}); at least {minimum} are needed.</source>
      <translation type="unfinished">Dim ond 1 asiantaeth sy'n bresennol ({present}); mae angen o leiaf {minimum}.</translation>
    </message>
    <message>
      <source>Only {count} agencies are present ({present}); at least {minimum} are needed.</source>
      <translation type="unfinished">Dim ond {count} asiantaeth sy'n bresennol ({present}); mae angen o leiaf {minimum}.</translation>
    </message>
    <message>
      <source>; no view yet: {count}</source>
      <translation type="unfinished">; dim barn eto: {count}</translation>
    </message>
    <message>
      <source>. Majority: {majority}.</source>
      <translation type="unfinished">. Mwyafrif: {majority}.</translation>
    </message>
    <message>
      <source>none (tied or no views)</source>
      <translation type="unfinished">dim (cyfartal neu ddim barn)</translation>
    </message>
  </context>
  <context>
    <name>Deadlines</name>
    <message>
      <source>Due</source>
      <translation type="unfinished">I'w wneud</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation type="unfinished">Yn hwyr</translation>
    </message>
    <message>
      <source>Booked</source>
      <translation type="unfinished">Wedi'i drefnu</translation>
    </message>
    <message>
      <source>Booked late</source>
      <translation type="unfinished">Wedi'i drefnu'n hwyr</translation>
    </message>
    <message>
      <source>For {date}, after the latest date, {latest}.</source>
      <translation type="unfinished">Ar gyfer {date}, ar ôl y dyddiad olaf, {latest}.</translation>
    </message>
    <message>
      <source>For {date}.</source>
      <translation type="unfinished">Ar gyfer {date}.</translation>
    </message>
    <message>
      <source>For {date}, the date set at the meeting of {meeting}, after the latest date, {latest}.</source>
      <translation type="unfinished">Ar gyfer {date}, y dyddiad a bennwyd yn y cyfarfod ar {meeting}, ar ôl y dyddiad olaf, {latest}.</translation>
    </message>
    <message>
      <source>For {date}, the date set at the meeting of {meeting}.</source>
      <translation type="unfinished">Ar gyfer {date}, y dyddiad a bennwyd yn y cyfarfod ar {meeting}.</translation>
    </message>
    <message>
      <source>the date set, {date}, has passed with no meeting recorded.</source>
      <translation type="unfinished">mae'r dyddiad a bennwyd, {date}, wedi mynd heibio heb gyfarfod wedi'i gofnodi.</translation>
    </message>
    <message>
      <source>none booked.</source>
      <translation type="unfinished">dim wedi'i drefnu.</translation>
    </message>
    <message>
      <source>Was due by {date}; {booking}</source>
      <translation type="unfinished">Roedd i'w wneud erbyn {date}; {booking}</translation>
    </message>
    <message>
      <source>Due by {date}; {booking}</source>
      <translation type="unfinished">I'w wneud erbyn {date}; {booking}</translation>
    </message>
    <message>
      <source>Minutes of the {meeting} of {date}</source>
      <translation type="unfinished">Cofnodion y {meeting} ar {date}</translation>
    </message>
    <message>
      <source>To the social worker by {date}; not yet exported.</source>
      <translation type="unfinished">At y gweithiwr cymdeithasol erbyn {date}; heb eu hallforio eto.</translation>
    </message>
  </context>
  <context>
    <name>Rules</name>
    <message>
      <source>A meeting that is {current} cannot become {target}.</source>
      <translation type="unfinished">Ni all cyfarfod sydd yn y cyflwr “{current}” ddod yn “{target}”.</translation>
    </message>
    <message>
      <source>No votes recorded</source>
      <translation type="unfinished">Dim pleidleisiau wedi'u cofnodi</translation>
    </message>
    <message>
      <source>Agreed</source>
      <translation type="unfinished">Cytunwyd</translation>
    </message>
    <message>
      <source>Not agreed</source>
      <translation type="unfinished">Ni chytunwyd</translation>
    </message>
    <message>
      <source>No majority (votes tied)</source>
      <translation type="unfinished">Dim mwyafrif (pleidleisiau cyfartal)</translation>
    </message>
    <message>
      <source>For {votes_for}, against {against}, abstained {abstain}, not yet voted {not_voted}.</source>
      <translation type="unfinished">O blaid {votes_for}, yn erbyn {against}, wedi ymatal {abstain}, heb bleidleisio eto {not_voted}.</translation>
    </message>
    <message>
      <source>For {votes_for}, against {against}, abstained {abstain}.</source>
      <translation type="unfinished">O blaid {votes_for}, yn erbyn {against}, wedi ymatal {abstain}.</translation>
    </message>
    <message>
      <source>Attendance is not recorded for 1 person: {names}.</source>
      <translation type="unfinished">Nid yw presenoldeb wedi'i gofnodi ar gyfer 1 person: {names}.</translation>
    </message>
    <message>
      <source>Attendance is not recorded for {count} people: {names}.</source>
      <translation type="unfinished">Nid yw presenoldeb wedi'i gofnodi ar gyfer {count} o bobl: {names}.</translation>
    </message>
    <message>
      <source>The written report of {name} is empty.</source>
      <translation type="unfinished">Mae adroddiad ysgrifenedig {name} yn wag.</translation>
    </message>
    <message>
      <source>Who represented {name} is not recorded.</source>
      <translation type="unfinished">Nid yw wedi'i gofnodi pwy a gynrychiolodd {name}.</translation>
    </message>
    <message>
      <source>Nobody is marked as present.</source>
      <translation type="unfinished">Nid oes neb wedi'i nodi'n bresennol.</translation>
    </message>
    <message>
      <source>Mark them present, or record the meeting as not held.</source>
      <translation type="unfinished">Nodwch eu bod yn bresennol, neu cofnodwch na chynhaliwyd y cyfarfod.</translation>
    </message>
    <message>
      <source>The conference is not quorate and the chair has not recorded going ahead: {shortfall}</source>
      <translation type="unfinished">Nid oes cworwm yn y gynhadledd ac nid yw'r cadeirydd wedi cofnodi mynd yn ei blaen: {shortfall}</translation>
    </message>
    <message>
      <source>The reasons for the meeting are not recorded.</source>
      <translation type="unfinished">Nid yw'r rhesymau dros y cyfarfod wedi'u cofnodi.</translation>
    </message>
    <message>
      <source>No updates are recorded.</source>
      <translation type="unfinished">Nid oes diweddariadau wedi'u cofnodi.</translation>
    </message>
    <message>
      <source>The views of {name} are not recorded.</source>
      <translation type="unfinished">Nid yw barn {name} wedi'i chofnodi.</translation>
    </message>
    <message>
      <source>There is no contingency plan.</source>
      <translation type="unfinished">Nid oes cynllun wrth gefn.</translation>
    </message>
    <message>
      <source>There is no danger statement.</source>
      <translation type="unfinished">Nid oes datganiad perygl.</translation>
    </message>
    <message>
      <source>Danger statement {number} has no text.</source>
      <translation type="unfinished">Nid oes testun yn natganiad perygl {number}.</translation>
    </message>
    <message>
      <source>Danger statement {number} has no safety goal.</source>
      <translation type="unfinished">Nid oes nod diogelwch gan ddatganiad perygl {number}.</translation>
    </message>
    <message>
      <source>Danger statement {number}</source>
      <translation type="unfinished">Datganiad perygl {number}</translation>
    </message>
    <message>
      <source>The scale “{scale}” has no scores.</source>
      <translation type="unfinished">Nid oes sgoriau ar y raddfa “{scale}”.</translation>
    </message>
    <message>
      <source>There are no actions.</source>
      <translation type="unfinished">Nid oes camau gweithredu.</translation>
    </message>
    <message>
      <source>what</source>
      <translation type="unfinished">beth</translation>
    </message>
    <message>
      <source>who</source>
      <translation type="unfinished">pwy</translation>
    </message>
    <message>
      <source>by when</source>
      <translation type="unfinished">erbyn pryd</translation>
    </message>
    <message>
      <source>Action {number} does not say {gaps}.</source>
      <translation type="unfinished">Nid yw cam gweithredu {number} yn dweud {gaps}.</translation>
    </message>
    <message>
      <source>or</source>
      <translation type="unfinished">neu</translation>
    </message>
    <message>
      <source>Decision {number} has no question.</source>
      <translation type="unfinished">Nid oes cwestiwn gan benderfyniad {number}.</translation>
    </message>
    <message>
      <source>Decision {number} has no votes.</source>
      <translation type="unfinished">Nid oes pleidleisiau ar benderfyniad {number}.</translation>
    </message>
    <message>
      <source>A member</source>
      <translation type="unfinished">Aelod</translation>
    </message>
    <message>
      <source>{name} dissents from decision {number} but no reason is recorded.</source>
      <translation type="unfinished">Mae {name} yn anghytuno â phenderfyniad {number} ond nid oes rheswm wedi'i gofnodi.</translation>
    </message>
    <message>
      <source>The next meeting has no date.</source>
      <translation type="unfinished">Nid oes dyddiad gan y cyfarfod nesaf.</translation>
    </message>
    <message>
      <source>The next meeting is not after this meeting.</source>
      <translation type="unfinished">Nid yw'r cyfarfod nesaf ar ôl y cyfarfod hwn.</translation>
    </message>
    <message>
      <source>The next meeting has no venue.</source>
      <translation type="unfinished">Nid oes lleoliad gan y cyfarfod nesaf.</translation>
    </message>
    <message>
      <source>Action {number}</source>
      <translation type="unfinished">Cam gweithredu {number}</translation>
    </message>
    <message>
      <source>“{action}” from last time is not reviewed.</source>
      <translation type="unfinished">Nid yw “{action}” o'r tro diwethaf wedi'i adolygu.</translation>
    </message>
    <message>
      <source>“{action}” does not say what difference it made for the child.</source>
      <translation type="unfinished">Nid yw “{action}” yn dweud pa wahaniaeth a wnaeth i'r plentyn.</translation>
    </message>
    <message>
      <source>Someone</source>
      <translation type="unfinished">Rhywun</translation>
    </message>
    <message>
      <source>{name}'s score on “{scale}” moved from {before} to {now} since last time: the reason is not recorded.</source>
      <translation type="unfinished">Symudodd sgôr {name} ar “{scale}” o {before} i {now} ers y tro diwethaf: nid yw'r rheswm wedi'i gofnodi.</translation>
    </message>
    <message>
      <source>1 of the professionals present has given no view on {name}.</source>
      <translation type="unfinished">Nid yw 1 o'r gweithwyr proffesiynol sy'n bresennol wedi rhoi barn am {name}.</translation>
    </message>
    <message>
      <source>{count} of the professionals present have given no view on {name}.</source>
      <translation type="unfinished">Nid yw {count} o'r gweithwyr proffesiynol sy'n bresennol wedi rhoi barn am {name}.</translation>
    </message>
    <message>
      <source>There is no decision for {name}.</source>
      <translation type="unfinished">Nid oes penderfyniad ar gyfer {name}.</translation>
    </message>
    <message>
      <source>The chair's decision for {name} differs from the majority of views, so it needs a reason.</source>
      <translation type="unfinished">Mae penderfyniad y cadeirydd ar gyfer {name} yn wahanol i fwyafrif y safbwyntiau, felly mae angen rheswm.</translation>
    </message>
    <message>
      <source>The child protection plan for {name} has no category.</source>
      <translation type="unfinished">Nid oes categori gan y cynllun amddiffyn plant ar gyfer {name}.</translation>
    </message>
    <message>
      <source>{name} dissents from the decision for {child} but no reason is recorded.</source>
      <translation type="unfinished">Mae {name} yn anghytuno â'r penderfyniad ar gyfer {child} ond nid oes rheswm wedi'i gofnodi.</translation>
    </message>
    <message>
      <source>and</source>
      <translation type="unfinished">a</translation>
    </message>
  </context>
  <context>
    <name>Timescales</name>
    <message>
      <source>England</source>
      <translation type="unfinished">Lloegr</translation>
    </message>
    <message>
      <source>Wales</source>
      <translation type="unfinished">Cymru</translation>
    </message>
    <message>
      <source>Scotland</source>
      <translation type="unfinished">Yr Alban</translation>
    </message>
    <message>
      <source>Northern Ireland</source>
      <translation type="unfinished">Gogledd Iwerddon</translation>
    </message>
    <message>
      <source>{count} working day</source>
      <translation type="unfinished">{count} diwrnod gwaith</translation>
    </message>
    <message>
      <source>{count} working days</source>
      <translation type="unfinished">{count} diwrnod gwaith</translation>
    </message>
    <message>
      <source>{count} day</source>
      <translation type="unfinished">{count} diwrnod</translation>
    </message>
    <message>
      <source>{count} days</source>
      <translation type="unfinished">{count} diwrnod</translation>
    </message>
    <message>
      <source>{count} week</source>
      <translation type="unfinished">{count} wythnos</translation>
    </message>
    <message>
      <source>{count} weeks</source>
      <translation type="unfinished">{count} wythnos</translation>
    </message>
    <message>
      <source>{count} month</source>
      <translation type="unfinished">{count} mis</translation>
    </message>
    <message>
      <source>{count} months</source>
      <translation type="unfinished">{count} mis</translation>
    </message>
    <message>
      <source>{amount} (weekends and bank holidays skipped)</source>
      <translation type="unfinished">{amount} (heb gyfrif penwythnosau a gwyliau banc)</translation>
    </message>
    <message>
      <source>{amount} ({nation} bank holidays skipped)</source>
      <translation type="unfinished">{amount} (heb gyfrif gwyliau banc {nation})</translation>
    </message>
    <message>
      <source>{title}: within {limit} of {anchor} ({source}).</source>
      <translation type="unfinished">{title}: o fewn {limit} i {anchor} ({source}).</translation>
    </message>
    <message>
      <source>a bank holiday in {nation} ({holiday})</source>
      <translation type="unfinished">gŵyl banc – {nation} ({holiday})</translation>
    </message>
    <message>
      <source>Bank holidays not counted: {days}.</source>
      <translation type="unfinished">Gwyliau banc heb eu cyfrif: {days}.</translation>
    </message>
    <message>
      <source>The limit ends on {date} and no working day falls within it, so this is the first working day after it: the limit cannot be met, so record the reason.</source>
      <translation type="unfinished">Mae'r terfyn yn dod i ben ar {date} ac nid oes diwrnod gwaith o'i fewn, felly dyma'r diwrnod gwaith cyntaf ar ei ôl: ni ellir cadw at y terfyn, felly cofnodwch y rheswm.</translation>
    </message>
    <message>
      <source>The limit ends on {date}, {closed}, so the date is the last working day before it.</source>
      <translation type="unfinished">Mae'r terfyn yn dod i ben ar {date}, {closed}, felly'r dyddiad yw'r diwrnod gwaith olaf cyn hynny.</translation>
    </message>
    <message>
      <source>{title} by {date}: within {limit} of {anchor} on {anchor_date}.</source>
      <translation type="unfinished">{title} erbyn {date}: o fewn {limit} i {anchor} ar {anchor_date}.</translation>
    </message>
    <message>
      <source>The policy “{policy}” sets no pre-birth timescale, so the usual rule for the first review conference applies.</source>
      <translation type="unfinished">Nid yw'r polisi “{policy}” yn pennu amserlen cyn geni, felly mae'r rheol arferol ar gyfer y gynhadledd adolygu gyntaf yn berthnasol.</translation>
    </message>
    <message>
      <source>{anchor} on {date} ({latest})</source>
      <translation type="unfinished">{anchor} ar {date} ({latest})</translation>
    </message>
    <message>
      <source>The pre-birth rule: {title} within {limit} of {anchor} ({source}); this policy counts no limit from the birth.</source>
      <translation type="unfinished">Y rheol cyn geni: {title} o fewn {limit} i {anchor} ({source}); nid yw'r polisi hwn yn cyfrif terfyn o'r enedigaeth.</translation>
    </message>
    <message>
      <source>{title} by {date}: the pre-birth rule, within {limit} of {conference}. This policy counts no limit from the birth.</source>
      <translation type="unfinished">{title} erbyn {date}: y rheol cyn geni, o fewn {limit} i {conference}. Nid yw'r polisi hwn yn cyfrif terfyn o'r enedigaeth.</translation>
    </message>
    <message>
      <source>The pre-birth rule: {title} by the earlier of {limit} after {anchor} and {birth_limit} after {birth_anchor} ({sources}).</source>
      <translation type="unfinished">Y rheol cyn geni: {title} erbyn y cynharaf o {limit} ar ôl {anchor} a {birth_limit} ar ôl {birth_anchor} ({sources}).</translation>
    </message>
    <message>
      <source>{limit} after {what}</source>
      <translation type="unfinished">{limit} ar ôl {what}</translation>
    </message>
    <message>
      <source>{title} by {date}: the pre-birth rule, {conference}, or {birth_limit} after {birth_anchor} if that is earlier. Neither the date of birth nor the expected date of delivery is recorded, so only the limit from the conference is counted: record the expected date to have the earlier date.</source>
      <translation type="unfinished">{title} erbyn {date}: y rheol cyn geni, {conference}, neu {birth_limit} ar ôl {birth_anchor} os yw hynny'n gynharach. Nid yw'r dyddiad geni na'r dyddiad geni disgwyliedig wedi'u cofnodi, felly dim ond y terfyn o'r gynhadledd sy'n cael ei gyfrif: cofnodwch y dyddiad disgwyliedig i gael y dyddiad cynharach.</translation>
    </message>
    <message>
      <source>{anchor} on {date}</source>
      <translation type="unfinished">{anchor} ar {date}</translation>
    </message>
    <message>
      <source>{anchor}, counted from the expected date of delivery, {date}</source>
      <translation type="unfinished">{anchor}, wedi'i gyfrif o'r dyddiad geni disgwyliedig, {date}</translation>
    </message>
    <message>
      <source>The baby is not born yet, so the expected date of delivery stands in for the birth: when the birth is recorded, the date is worked out again.</source>
      <translation type="unfinished">Nid yw'r babi wedi'i eni eto, felly mae'r dyddiad geni disgwyliedig yn cymryd lle'r enedigaeth: pan gaiff yr enedigaeth ei chofnodi, caiff y dyddiad ei gyfrifo eto.</translation>
    </message>
    <message>
      <source>{limit} after {what} ({latest})</source>
      <translation type="unfinished">{limit} ar ôl {what} ({latest})</translation>
    </message>
    <message>
      <source>{title} by {date}: the pre-birth rule, the earlier of {conference} and {birth}.</source>
      <translation type="unfinished">{title} erbyn {date}: y rheol cyn geni, y cynharaf o {conference} a {birth}.</translation>
    </message>
  </context>
</TS>
