<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="cyberdyne" tilewidth="16" tileheight="16" tilecount="32" columns="8">
 <image source="cyberdyne.png" width="128" height="64"/>
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
   <property name="name" value="ceiling"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="office_wall"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="window_night"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="mullion"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="facade"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="stair"/>
   <property name="stair" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="stair_rail"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="server_rack"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="server_top"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="lab_bench"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="monitor"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="desk"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="logo_panel"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="exit_sign"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="ceiling_lamp"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="asphalt"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="asphalt_fill"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="glass_door"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="vault_wall"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="glass_rail"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="ladder"/>
   <property name="ladder" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="keypad"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="duct"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="lot_lamp"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="hazard_stripe"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="concrete_wall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="crate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="broken_glass"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="tower_glass"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="parking_line"/>
  </properties>
 </tile>
</tileset>
