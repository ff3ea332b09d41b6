<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="mall" tilewidth="16" tileheight="16" tilecount="27" columns="8">
 <image source="mall.png" width="128" height="64"/>
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
   <property name="name" value="walkway"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="glass_rail"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="escalator"/>
   <property name="stair" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="escalator_rail"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="store_wall"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="storefront_a"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="storefront_b"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="storefront_c"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="neon_red"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="neon_blue"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="shutter"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="shutter_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="arcade_cabinet"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="arcade_base"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="planter"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="pipe"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="corridor_wall"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="concrete"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="garage_pillar"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="exit_sign"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="ceiling"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="lamp_glow"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="gate_panel"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="desk_top"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="desk_front"/>
  </properties>
 </tile>
</tileset>
