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
</TS>
