<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="hospital" tilewidth="16" tileheight="16" tilecount="27" columns="8">
 <image source="hospital.png" width="128" height="64"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="floor_fill"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="wall_tile"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="wall_band"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="wall_low"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="ceiling"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="fluorescent"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="bars"/>
   <property name="bars" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="cell_wall"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="cot"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="window"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="concrete"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="shadow"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="garage_wall"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="garage_pillar"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="garage_floor"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="elevator"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="elevator_top"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="sign_exit"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="desk"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="pipe"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="lamp"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="gurney"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="stairs_sign"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="alarm_panel"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="curtain"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="ladder"/>
   <property name="ladder" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
