<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="mill" tilewidth="16" tileheight="16" tilecount="24" columns="8">
 <image source="mill.png" width="128" height="48"/>
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
   <property name="name" value="catwalk"/>
   <property name="one_way" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="ladder"/>
   <property name="ladder" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="girder"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="billets"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="column"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="drum"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="sign_hazard"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="lamp"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="wall_back"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="rail"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="chain"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="hook"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="pipe_h"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="pipe_v"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="hot_billet"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="furnace"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="vat_wall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="rubble_fill"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="truss"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="window"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="floor_edge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="wall_low"/>
  </properties>
 </tile>
</tileset>
